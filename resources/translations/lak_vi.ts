<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AddIndicatorDialog</name>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="635"/>
        <source>Add an indicator</source>
        <translation>Thêm chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="638"/>
        <source>e.g. on_time_rate</source>
        <translation>ví dụ on_time_rate</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="646"/>
        <source>e.g. 90%</source>
        <translation>ví dụ 90%</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="647"/>
        <source>Code:</source>
        <translation>Mã chỉ tiêu:</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="648"/>
        <source>Name:</source>
        <translation>Tên chỉ tiêu:</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="649"/>
        <source>Numerator (counted):</source>
        <translation>Tử số (số được tính):</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="650"/>
        <source>Denominator (out of):</source>
        <translation>Mẫu số (trên tổng số):</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="651"/>
        <source>Target for every unit:</source>
        <translation>Giao cho mọi đơn vị:</translation>
    </message>
</context>
<context>
    <name>AddUnitDialog</name>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="589"/>
        <source>Add a unit</source>
        <translation>Thêm đơn vị</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="592"/>
        <source>a new code, e.g. NAMKA-2025</source>
        <translation>mã mới, ví dụ NAMKA-2025</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="601"/>
        <source>type part of a name or code to find it</source>
        <translation>gõ một phần tên hoặc mã để tìm</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="605"/>
        <source>Code:</source>
        <translation>Mã đơn vị:</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="606"/>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="607"/>
        <source>Procedures published online:</source>
        <translation>Số TTHC công bố trực tuyến:</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="608"/>
        <source>Formed from (merged units):</source>
        <translation>Hợp nhất từ (các đơn vị cũ):</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="610"/>
        <source>First month:</source>
        <translation>Tháng bắt đầu hoạt động:</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../lak_desktop/ui/app.py" line="74"/>
        <source>Unexpected error</source>
        <translation>Lỗi không mong đợi</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/app.py" line="64"/>
        <source>Something went wrong that the program did not expect. The figures already saved are safe. Close this message and try again; if it happens again, send the log file to the person who supports you:
{log}</source>
        <translation>Chương trình gặp một lỗi không lường trước. Số liệu đã lưu vẫn an toàn. Hãy đóng thông báo này và thử lại; nếu lỗi lặp lại, hãy gửi tệp nhật ký sau cho người hỗ trợ:
{log}</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/app.py" line="76"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/app.py" line="122"/>
        <source>Keep {unit} ({code})</source>
        <translation>Giữ {unit} ({code})</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/app.py" line="124"/>
        <source>In the plan of {year}, {unit} is merged into a new unit from month {month}. Which unit does this computer report for from now on?</source>
        <translation>Trong kế hoạch năm {year}, {unit} được hợp nhất vào đơn vị mới từ tháng {month}. Từ nay máy này báo cáo cho đơn vị nào?</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/app.py" line="141"/>
        <source>Your unit after the merger</source>
        <translation>Đơn vị của mình sau khi hợp nhất</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/app.py" line="157"/>
        <source>Updating the data file for this version of the program: a copy of it is kept first. This is done once and can take a minute. Please wait…</source>
        <translation>Đang cập nhật tệp dữ liệu cho phiên bản mới của chương trình (trước hết chép giữ một bản của tệp). Việc này chỉ làm một lần và có thể mất một phút. Xin chờ…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/app.py" line="210"/>
        <source>Cannot open the data file</source>
        <translation>Không mở được tệp dữ liệu</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/app.py" line="166"/>
        <location filename="../../lak_desktop/ui/app.py" line="267"/>
        <source>Online dossier targets</source>
        <translation>Chỉ tiêu hồ sơ trực tuyến</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/app.py" line="319"/>
        <source>Not restored</source>
        <translation>Chưa khôi phục được</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/app.py" line="323"/>
        <source>Restored</source>
        <translation>Đã khôi phục</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/app.py" line="324"/>
        <source>The data file was restored from {backup}.
The file as it was before is kept in {aside}.</source>
        <translation>Đã khôi phục tệp dữ liệu từ {backup}.
Tệp trước khi khôi phục được giữ ở {aside}.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../lak_desktop/ui/backups.py" line="30"/>
        <source>Choose where to keep the backup</source>
        <translation>Chọn nơi lưu bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/backups.py" line="48"/>
        <source>The backup was not made</source>
        <translation>Chưa sao lưu được</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/backups.py" line="53"/>
        <source>Backup made</source>
        <translation>Đã sao lưu</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/backups.py" line="54"/>
        <source>The data file was copied and checked:
{path}</source>
        <translation>Tệp dữ liệu đã được chép và kiểm tra:
{path}</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/backups.py" line="68"/>
        <location filename="../../lak_desktop/ui/backups.py" line="164"/>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/backups.py" line="75"/>
        <source>Choose a backup. The current data file is first set aside beside it (it is never deleted), then the backup takes its place. Figures saved after the backup was made will have to be entered again.</source>
        <translation>Chọn một bản sao lưu. Tệp dữ liệu hiện tại được để riêng bên cạnh (không bao giờ bị xóa), rồi bản sao lưu thế vào chỗ của nó. Số liệu lưu sau lúc sao lưu sẽ phải nhập lại.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/backups.py" line="87"/>
        <source>Made at</source>
        <translation>Lúc sao lưu</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/backups.py" line="88"/>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/backups.py" line="89"/>
        <source>Size (bytes)</source>
        <translation>Dung lượng (byte)</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/backups.py" line="90"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/backups.py" line="95"/>
        <source>first start of the day</source>
        <translation>lần mở đầu tiên trong ngày</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/backups.py" line="96"/>
        <source>before an import</source>
        <translation>trước khi nhập tệp</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/backups.py" line="97"/>
        <source>made by hand</source>
        <translation>sao lưu bằng tay</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/backups.py" line="98"/>
        <source>before an update</source>
        <translation>trước khi cập nhật chương trình</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/backups.py" line="120"/>
        <source>There is no backup in {folder}.</source>
        <translation>Chưa có bản sao lưu nào trong {folder}.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/backups.py" line="127"/>
        <source>&amp;Restore the chosen backup</source>
        <translation>&amp;Khôi phục bản đã chọn</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/backups.py" line="132"/>
        <source>Choose another &amp;file…</source>
        <translation>Chọn &amp;tệp khác…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/backups.py" line="136"/>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/backups.py" line="153"/>
        <source>Choose a backup</source>
        <translation>Chọn bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/backups.py" line="155"/>
        <source>Data files (*.sqlite)</source>
        <translation>Tệp dữ liệu (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/backups.py" line="165"/>
        <source>{path} is damaged or is not a data file. Choose another one.</source>
        <translation>{path} bị hỏng hoặc không phải tệp dữ liệu. Hãy chọn bản khác.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/window_jobs.py" line="90"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Sao lưu…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/window_jobs.py" line="92"/>
        <source>Restore from a &amp;backup…</source>
        <translation>Khôi phục từ &amp;bản sao lưu…</translation>
    </message>
</context>
<context>
    <name>CommuneWindow</name>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="58"/>
        <source>{unit} — targets of {year}</source>
        <translation>{unit} — chỉ tiêu năm {year}</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="85"/>
        <source>Monthly figures</source>
        <translation>Số liệu hằng tháng</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="94"/>
        <source>&lt;b&gt;{unit}&lt;/b&gt; — monthly figures of {year}</source>
        <translation>&lt;b&gt;{unit}&lt;/b&gt; — số liệu hằng tháng năm {year}</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="105"/>
        <source>&amp;Targets</source>
        <translation>&amp;Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="108"/>
        <source>C&amp;hart</source>
        <translation>&amp;Biểu đồ</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="64"/>
        <source>Type a number to enter it; Enter or Tab moves on. Every change is saved at once.</source>
        <translation>Gõ số để nhập; Enter hoặc Tab để sang ô tiếp theo. Mỗi thay đổi được lưu ngay.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="137"/>
        <location filename="../../lak_desktop/ui/selftest.py" line="65"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="138"/>
        <source>&amp;Send the report to the office above…</source>
        <translation>&amp;Xuất báo cáo gửi cấp trên…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="140"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="143"/>
        <source>Save as P&amp;DF…</source>
        <translation>&amp;Lưu PDF…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="145"/>
        <source>Change &amp;unit or role…</source>
        <translation>&amp;Đổi đơn vị hoặc vai trò…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="147"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="158"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="159"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="161"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="168"/>
        <source>Main</source>
        <translation>Công cụ chính</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="174"/>
        <source> &amp;Year: </source>
        <translation> &amp;Năm: </translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="176"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="198"/>
        <source> (no plan yet)</source>
        <translation> (chưa có kế hoạch)</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="181"/>
        <source>Start a &amp;new year…</source>
        <translation>Bắt đầu năm &amp;mới…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="184"/>
        <source>Enter a year&apos;s figures before its plan arrives; the plan takes its place later</source>
        <translation>Nhập số liệu của một năm trước khi nhận được kế hoạch; khi kế hoạch đến, số liệu được giữ nguyên</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="222"/>
        <source>Start a new year</source>
        <translation>Bắt đầu năm mới</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="224"/>
        <source>Year to enter figures for. Its plan has not arrived: the columns are those of the latest plan, targets are shown when the plan is imported.</source>
        <translation>Năm cần nhập số liệu. Chưa có kế hoạch năm này: các cột lấy theo kế hoạch mới nhất, chỉ tiêu giao hiện ra khi nhập tệp kế hoạch.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="236"/>
        <source>Not started</source>
        <translation>Chưa bắt đầu được</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="243"/>
        <source>Not saved: {reason}</source>
        <translation>Chưa lưu: {reason}</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="260"/>
        <source>Month {m}, {label}: {help}</source>
        <translation>Tháng {m}, {label}: {help}</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="263"/>
        <source>Month {m}, {label}</source>
        <translation>Tháng {m}, {label}</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="288"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="321"/>
        <source>Written: {path}</source>
        <translation>Đã ghi tệp: {path}</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="358"/>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="360"/>
        <source>Saved: {path}</source>
        <translation>Đã lưu: {path}</translation>
    </message>
</context>
<context>
    <name>ConsolidatedTab</name>
    <message>
        <location filename="../../lak_desktop/ui/office/consolidated.py" line="47"/>
        <source>Year to date &amp;through month:</source>
        <translation>Lũy kế đến &amp;tháng:</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/consolidated.py" line="52"/>
        <source>Rank only units with figures for &amp;every month</source>
        <translation>Chỉ xếp hạng đơn vị có số liệu đủ &amp;mọi tháng</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/consolidated.py" line="62"/>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/consolidated.py" line="62"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/consolidated.py" line="66"/>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/consolidated.py" line="67"/>
        <source>Status</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/consolidated.py" line="68"/>
        <source>Short by</source>
        <translation>Còn thiếu</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/consolidated.py" line="70"/>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/consolidated.py" line="70"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/consolidated.py" line="73"/>
        <source>Consolidated table</source>
        <translation>Bảng tổng hợp</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/consolidated.py" line="80"/>
        <source>Click a column title to sort. Double-click a unit to see its months and files.</source>
        <translation>Bấm vào tiêu đề cột để sắp xếp. Bấm đúp vào một đơn vị để xem số liệu từng tháng và các tệp đã gửi.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/consolidated.py" line="122"/>
        <source>Year to date {a} – {b}. Units with figures through an earlier month are marked in the note column.</source>
        <translation>Lũy kế từ {a} đến {b}. Đơn vị có số liệu chỉ đến tháng trước đó được ghi rõ ở cột Ghi chú.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../lak_desktop/ui/export_dialog.py" line="63"/>
        <source>Send the report to the office above</source>
        <translation>Xuất báo cáo gửi cấp trên</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/export_dialog.py" line="68"/>
        <source>Month {m}</source>
        <translation>Tháng {m}</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/export_dialog.py" line="71"/>
        <source>&amp;Month:</source>
        <translation>&amp;Tháng:</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/export_dialog.py" line="78"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn thư mục…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/export_dialog.py" line="82"/>
        <source>&amp;Folder:</source>
        <translation>Thư &amp;mục:</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/export_dialog.py" line="87"/>
        <source>File:</source>
        <translation>Tên tệp:</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/export_dialog.py" line="96"/>
        <source>&amp;Write the file</source>
        <translation>&amp;Ghi tệp</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/export_dialog.py" line="97"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/export_dialog.py" line="120"/>
        <source>Choose a folder</source>
        <translation>Chọn thư mục</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/export_dialog.py" line="146"/>
        <source>Not complete; these months will be marked and will count for nothing:
</source>
        <translation>Chưa đủ số liệu; các tháng này sẽ được ghi rõ trong tệp và không được tính:
</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/export_dialog.py" line="159"/>
        <source>Some months are not complete</source>
        <translation>Có tháng chưa đủ số liệu</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/export_dialog.py" line="162"/>
        <source>{lines}

The file will mark these months and they will count for nothing. Send it anyway?</source>
        <translation>{lines}

Tệp sẽ ghi rõ các tháng này và chúng không được tính vào tỷ lệ. Vẫn gửi?</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/export_dialog.py" line="166"/>
        <source>&amp;Send anyway</source>
        <translation>&amp;Vẫn gửi</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/export_dialog.py" line="167"/>
        <source>&amp;Go back</source>
        <translation>&amp;Quay lại</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/export_dialog.py" line="185"/>
        <source>The file was not written</source>
        <translation>Chưa ghi được tệp</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/export_dialog.py" line="194"/>
        <source>File written</source>
        <translation>Đã ghi tệp</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/export_dialog.py" line="196"/>
        <source>The report was written to:
{path}

Send this file to the office above.</source>
        <translation>Đã ghi báo cáo vào tệp:
{path}

Hãy gửi tệp này cho cơ quan cấp trên.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/export_dialog.py" line="202"/>
        <source>&amp;Open the folder</source>
        <translation>&amp;Mở thư mục</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/export_dialog.py" line="206"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>FindBox</name>
    <message>
        <location filename="../../lak_desktop/ui/find.py" line="118"/>
        <source>&amp;Find a unit:</source>
        <translation>Tìm đơn &amp;vị:</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/find.py" line="120"/>
        <source>name or code</source>
        <translation>tên hoặc mã</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../lak_desktop/ui/first_start.py" line="40"/>
        <source>Welcome</source>
        <translation>Chào mừng</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/first_start.py" line="44"/>
        <source>This program tracks the yearly targets for online dossiers and digitized results. Choose where it is used; you can change this later in the File menu.</source>
        <translation>Chương trình theo dõi chỉ tiêu hằng năm về hồ sơ trực tuyến và số hóa kết quả giải quyết TTHC. Hãy chọn nơi sử dụng; có thể đổi lại sau trong menu Tệp.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/first_start.py" line="50"/>
        <source>&amp;Commune / ward: enter our monthly figures</source>
        <translation>&amp;Xã, phường, thị trấn: nhập số liệu hằng tháng của đơn vị</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/first_start.py" line="52"/>
        <source>&amp;Receiving office: collect and consolidate the units&apos; files</source>
        <translation>&amp;Cơ quan nhận báo cáo: thu nhận và tổng hợp tệp của các đơn vị</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/first_start.py" line="63"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/first_start.py" line="67"/>
        <source>&amp;Import a plan file…</source>
        <translation>&amp;Nhập tệp kế hoạch…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/first_start.py" line="70"/>
        <source>&amp;Our unit:</source>
        <translation>Đơn vị &amp;của chúng tôi:</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/first_start.py" line="80"/>
        <source>&amp;Start</source>
        <translation>&amp;Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/first_start.py" line="95"/>
        <source>— type its name, or choose —</source>
        <translation>— gõ tên hoặc chọn —</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/first_start.py" line="97"/>
        <source>Plan of {year}: {issuer}, {n} units.</source>
        <translation>Kế hoạch năm {year} của {issuer}, {n} đơn vị.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/first_start.py" line="109"/>
        <source>Import a plan file</source>
        <translation>Nhập tệp kế hoạch</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/first_start.py" line="111"/>
        <source>Excel workbooks (*.xlsx);;CSV (*.csv)</source>
        <translation>Tệp Excel (*.xlsx);;Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/first_start.py" line="130"/>
        <source>&lt;b&gt;Choose your unit in the list first.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hãy chọn đơn vị của mình trong danh sách trước.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/first_start.py" line="147"/>
        <source>Change saved</source>
        <translation>Đã lưu lựa chọn</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/first_start.py" line="148"/>
        <source>The new choice applies the next time the program starts.</source>
        <translation>Lựa chọn mới có hiệu lực từ lần mở chương trình sau.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../lak_desktop/ui/help.py" line="16"/>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/help.py" line="23"/>
        <location filename="../../lak_desktop/ui/help.py" line="40"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/help.py" line="39"/>
        <source>About lak_desktop</source>
        <translation>Giới thiệu lak_desktop</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/help.py" line="42"/>
        <source>&lt;h3&gt;lak_desktop {version}&lt;/h3&gt;&lt;p&gt;Tracks the targets for online dossiers and digitized results, offline.&lt;/p&gt;&lt;p&gt;Key of this computer: &lt;b&gt;{key}&lt;/b&gt;&lt;br&gt;It is printed at the foot of every file this computer makes, so that the receiver can compare it by phone. It moves with the data file.&lt;/p&gt;&lt;p&gt;Data file:&lt;br&gt;&lt;code&gt;{db}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Log file:&lt;br&gt;&lt;code&gt;{log}&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;lak_desktop {version}&lt;/h3&gt;&lt;p&gt;Theo dõi chỉ tiêu hồ sơ trực tuyến và số hóa kết quả giải quyết TTHC, không cần mạng.&lt;/p&gt;&lt;p&gt;Mã khóa của máy này: &lt;b&gt;{key}&lt;/b&gt;&lt;br&gt;Mã này in ở cuối mỗi tệp máy này lập, để nơi nhận đối chiếu qua điện thoại. Mã khóa đi theo tệp dữ liệu.&lt;/p&gt;&lt;p&gt;Tệp dữ liệu:&lt;br&gt;&lt;code&gt;{db}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Tệp nhật ký:&lt;br&gt;&lt;code&gt;{log}&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/help.py" line="52"/>
        <source>&lt;p&gt;Received files (copy this folder too when the data file moves to another computer):&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bản gốc các tệp đã nhận (khi chuyển tệp dữ liệu sang máy khác, chép cả thư mục này):&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>InboxTab</name>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="100"/>
        <source>Choose &amp;files…</source>
        <translation>Chọn &amp;tệp…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="102"/>
        <source>Choose a f&amp;older…</source>
        <translation>Chọn &amp;thư mục…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="108"/>
        <source>&amp;Received on:</source>
        <translation>&amp;Ngày nhận:</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="119"/>
        <source>Or drop files and folders on this window. Subfolders are read too. Each file is checked on its own: a refused file changes nothing.</source>
        <translation>Hoặc kéo thả tệp, thư mục vào cửa sổ này (đọc cả thư mục con). Mỗi tệp được kiểm tra riêng: tệp bị từ chối không làm thay đổi gì.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="128"/>
        <source>%v of %m files</source>
        <translation>%v / %m tệp</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="129"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Dừng</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="142"/>
        <source>Files just received</source>
        <translation>Các tệp vừa nhận</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="148"/>
        <source>&lt;b&gt;Every file received&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tất cả các tệp đã nhận&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="150"/>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="159"/>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="164"/>
        <source>&amp;Month:</source>
        <translation>&amp;Tháng:</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="167"/>
        <source>all</source>
        <translation>tất cả</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="169"/>
        <source>&amp;Save a copy of the original file…</source>
        <translation>&amp;Lưu bản sao tệp gốc…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="171"/>
        <source>&amp;Trust this file&apos;s key…</source>
        <translation>&amp;Tin khóa của tệp này…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="174"/>
        <source>For a held file: after comparing the key by phone with the unit, trust it; the unit&apos;s files held for that key are then imported.</source>
        <translation>Với tệp bị giữ lại: sau khi gọi điện đối chiếu mã khóa với đơn vị, tin khóa này; các tệp của đơn vị bị giữ vì khóa này sẽ được nhập.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="192"/>
        <source>Every file received</source>
        <translation>Tất cả các tệp đã nhận</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="207"/>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="225"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="208"/>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="219"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="209"/>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="221"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="210"/>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="222"/>
        <source>Revision</source>
        <translation>Lần gửi</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="211"/>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="223"/>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="212"/>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="226"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="217"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="218"/>
        <source>Received on</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="220"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="224"/>
        <source>Signed with key</source>
        <translation>Mã khóa ký</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="237"/>
        <source>Choose the units&apos; files</source>
        <translation>Chọn tệp báo cáo của các đơn vị</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="237"/>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="530"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="243"/>
        <source>Choose the folder of files</source>
        <translation>Chọn thư mục chứa các tệp</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="260"/>
        <source>Reading the files…</source>
        <translation>Đang đọc các tệp…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="280"/>
        <source>Stopping after the file being read…</source>
        <translation>Sẽ dừng sau tệp đang đọc…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="343"/>
        <source>{n} files decided: {a} accepted, {r} replaced, {i} ignored, {x} refused.</source>
        <translation>Đã xử lý {n} tệp: nhận {a}, thay bản cũ {r}, bỏ qua {i}, từ chối {x}.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="353"/>
        <source>{h} held: signed with a key not known for their unit (see the reason).</source>
        <translation>{h} tệp giữ lại: ký bằng khóa chưa biết của đơn vị (xem lý do).</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="357"/>
        <source>Cancelled: {n} files were not read.</source>
        <translation>Đã dừng: còn {n} tệp chưa đọc.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="365"/>
        <source>The files were not imported</source>
        <translation>Chưa nhập được các tệp</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="370"/>
        <source>The files were not imported.</source>
        <translation>Chưa nhập được các tệp.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="495"/>
        <source>The key was not trusted</source>
        <translation>Chưa tin khóa</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="500"/>
        <source>Key {key} trusted for {unit}; {n} held files taken in.</source>
        <translation>Đã tin khóa {key} của {unit}; đã xử lý {n} tệp bị giữ lại.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="520"/>
        <source>Save a copy</source>
        <translation>Lưu bản sao</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="520"/>
        <source>Choose a file in the list first.</source>
        <translation>Hãy chọn một tệp trong danh sách trước.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="528"/>
        <source>Save a copy of the original file</source>
        <translation>Lưu bản sao tệp gốc</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="537"/>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/inbox.py" line="539"/>
        <source>Saved: {path}</source>
        <translation>Đã lưu: {path}</translation>
    </message>
</context>
<context>
    <name>IndicatorBox</name>
    <message>
        <location filename="../../lak_desktop/ui/targets_panel.py" line="82"/>
        <source>{rate} — target not assigned yet</source>
        <translation>{rate} — chưa giao chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/targets_panel.py" line="83"/>
        <source>No target yet</source>
        <translation>Chưa giao chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/targets_panel.py" line="86"/>
        <source>The plan of this year has not arrived: import it when it comes.</source>
        <translation>Chưa nhận được kế hoạch năm này: khi nhận được, hãy nhập tệp kế hoạch.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/targets_panel.py" line="91"/>
        <source>Months {months} are not complete and are not counted.</source>
        <translation>Tháng {months} chưa đủ số liệu nên chưa được tính.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/targets_panel.py" line="100"/>
        <source>No figures yet; target {t}</source>
        <translation>Chưa có số liệu; chỉ tiêu {t}</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/targets_panel.py" line="101"/>
        <source>No data</source>
        <translation>Chưa có số liệu</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/targets_panel.py" line="104"/>
        <source>Enter the month&apos;s figures to see how far the commune is from {t}.</source>
        <translation>Nhập số liệu các tháng để xem đơn vị còn cách chỉ tiêu {t} bao xa.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/targets_panel.py" line="110"/>
        <source>{rate} ({num}/{den}) — target {t}</source>
        <translation>{rate} ({num}/{den}) — chỉ tiêu {t}</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/targets_panel.py" line="118"/>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/targets_panel.py" line="120"/>
        <source>The {t} target is met so far.</source>
        <translation>Đến nay đã đạt chỉ tiêu {t}.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/targets_panel.py" line="122"/>
        <source>Not met</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/targets_panel.py" line="125"/>
        <source>{n} more {noun} were needed to meet the {t} target.</source>
        <translation>Còn thiếu {n} {noun} để đạt chỉ tiêu {t}.</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../../lak_desktop/ui/background.py" line="71"/>
        <source>page %v of %m</source>
        <translation>trang %v / %m</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/background.py" line="102"/>
        <source>Saved: {path}</source>
        <translation>Đã lưu: {path}</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/background.py" line="104"/>
        <source>Sent to the printer.</source>
        <translation>Đã gửi ra máy in.</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../lak_desktop/ui/office/keys.py" line="14"/>
        <source>Trust a new key</source>
        <translation>Tin khóa mới</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/keys.py" line="15"/>
        <source>&lt;p&gt;The file of &lt;b&gt;{unit}&lt;/b&gt; is signed with the key &lt;b&gt;{key}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Call the unit and ask them to read the key printed at the foot of their report (Help → About in their program). Trust it only if it is the same: a unit that changed its computer gets a new key; someone else&apos;s file also has another key.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tệp của &lt;b&gt;{unit}&lt;/b&gt; được ký bằng khóa &lt;b&gt;{key}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Hãy gọi điện cho đơn vị, đề nghị đọc mã khóa in ở cuối trang báo cáo (hoặc Trợ giúp → Giới thiệu trong chương trình của đơn vị). Chỉ tin khi hai mã trùng nhau: đơn vị đổi máy thì có khóa mới; tệp do người khác lập cũng có khóa khác.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/keys.py" line="23"/>
        <source>&lt;p&gt;Key known for this unit until now: {known}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Khóa đã biết của đơn vị đến nay: {known}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/keys.py" line="27"/>
        <source>Trust this key</source>
        <translation>Tin khóa này</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/keys.py" line="28"/>
        <source>Do not trust</source>
        <translation>Không tin</translation>
    </message>
</context>
<context>
    <name>MonthlyRatesChart</name>
    <message>
        <location filename="../../lak_desktop/ui/charts.py" line="60"/>
        <source>{name}&lt;br&gt;&lt;small&gt;dots: each month&apos;s rate&lt;br&gt;dashes: the target {t}%&lt;/small&gt;</source>
        <translation>{name}&lt;br&gt;&lt;small&gt;chấm: tỷ lệ từng tháng&lt;br&gt;nét đứt: chỉ tiêu {t}%&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/charts.py" line="63"/>
        <source>{name}&lt;br&gt;&lt;small&gt;dots: each month&apos;s rate&lt;/small&gt;</source>
        <translation>{name}&lt;br&gt;&lt;small&gt;chấm: tỷ lệ từng tháng&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/charts.py" line="70"/>
        <source>Month&apos;s rate (%)</source>
        <translation>Tỷ lệ trong tháng (%)</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/charts.py" line="73"/>
        <source>Months with data</source>
        <translation>Tháng có số liệu</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/charts.py" line="82"/>
        <source>Target {t}%</source>
        <translation>Chỉ tiêu {t}%</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/charts.py" line="87"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
</context>
<context>
    <name>OfficeCharts</name>
    <message>
        <location filename="../../lak_desktop/ui/office/charts.py" line="48"/>
        <source>&amp;Indicator:</source>
        <translation>&amp;Chỉ tiêu:</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/charts.py" line="55"/>
        <source>By unit, year to date</source>
        <translation>Theo đơn vị, lũy kế</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/charts.py" line="56"/>
        <source>All units, month by month</source>
        <translation>Chung các đơn vị, theo tháng</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/charts.py" line="57"/>
        <source>C&amp;hart:</source>
        <translation>&amp;Biểu đồ:</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/charts.py" line="117"/>
        <source>{name}: year to date through month {m}, the {n} units with the lowest rates of {total}</source>
        <translation>{name}: lũy kế đến tháng {m}, {n} đơn vị có tỷ lệ thấp nhất trong {total} đơn vị</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/charts.py" line="121"/>
        <source>{name}: year to date through month {m}, by unit</source>
        <translation>{name}: lũy kế đến tháng {m}, theo đơn vị</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/charts.py" line="125"/>
        <source>Rate (%)</source>
        <translation>Tỷ lệ (%)</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/charts.py" line="127"/>
        <source>Target (%)</source>
        <translation>Chỉ tiêu (%)</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/charts.py" line="159"/>
        <source>{name}: all units together, month by month</source>
        <translation>{name}: chung các đơn vị, theo từng tháng</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/charts.py" line="161"/>
        <source>Month&apos;s rate of all units (%)</source>
        <translation>Tỷ lệ trong tháng của các đơn vị (%)</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/charts.py" line="172"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
</context>
<context>
    <name>OfficeWindow</name>
    <message>
        <location filename="../../lak_desktop/ui/office/window.py" line="178"/>
        <source>Receiving office — {issuer} — plan of {year}</source>
        <translation>Cơ quan nhận báo cáo — {issuer} — kế hoạch năm {year}</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/window.py" line="53"/>
        <source>&amp;Inbox</source>
        <translation>&amp;Nhận tệp</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/window.py" line="54"/>
        <source>Who has &amp;sent</source>
        <translation>Tình hình &amp;gửi báo cáo</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/window.py" line="55"/>
        <source>&amp;Consolidated and ranking</source>
        <translation>Tổng hợp và &amp;xếp hạng</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/window.py" line="56"/>
        <source>C&amp;harts</source>
        <translation>&amp;Biểu đồ</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/window.py" line="57"/>
        <source>&amp;Report</source>
        <translation>Báo &amp;cáo</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/window.py" line="58"/>
        <source>&amp;Plan</source>
        <translation>&amp;Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/window.py" line="71"/>
        <source>Data file: {db}</source>
        <translation>Tệp dữ liệu: {db}</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/window.py" line="90"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/window.py" line="91"/>
        <source>Receive &amp;files…</source>
        <translation>Nhận &amp;tệp…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/window.py" line="94"/>
        <source>Receive a f&amp;older…</source>
        <translation>Nhận cả thư &amp;mục…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/window.py" line="96"/>
        <source>Change &amp;unit or role…</source>
        <translation>&amp;Đổi đơn vị hoặc vai trò…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/window.py" line="98"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../lak_desktop/ui/office/table.py" line="289"/>
        <source>✓ Accepted</source>
        <translation>✓ Nhận</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/table.py" line="290"/>
        <source>✓ Replaced the earlier revision</source>
        <translation>✓ Thay bản cũ</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/table.py" line="291"/>
        <source>– Ignored</source>
        <translation>– Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/table.py" line="292"/>
        <source>⚠ HELD: unknown key</source>
        <translation>⚠ GIỮ LẠI: khóa lạ</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/table.py" line="293"/>
        <source>✗ REFUSED</source>
        <translation>✗ TỪ CHỐI</translation>
    </message>
</context>
<context>
    <name>PlanImport</name>
    <message>
        <location filename="../../lak_desktop/ui/plan_import.py" line="32"/>
        <source>If you are sure the file is right, choose «I checked: import it».</source>
        <translation>Nếu chắc chắn tệp đúng, chọn «Đã kiểm tra: nhập».</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/plan_import.py" line="42"/>
        <source>If these changes are right, choose «I checked: import it»; if not, choose «Do not import» and use the original file.</source>
        <translation>Nếu những thay đổi này là đúng, chọn «Đã kiểm tra: nhập»; nếu không, chọn «Không nhập» và dùng tệp gốc.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/plan_import.py" line="54"/>
        <source>The plan file was not imported</source>
        <translation>Chưa nhập được tệp kế hoạch</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/plan_import.py" line="74"/>
        <source>… and {n} more lines: «Show Details…» shows them all.</source>
        <translation>… và {n} dòng nữa: bấm «Xem chi tiết...» để xem hết.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/plan_import.py" line="85"/>
        <source>Check the plan file before importing it</source>
        <translation>Kiểm tra tệp kế hoạch trước khi nhập</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/plan_import.py" line="88"/>
        <source>I checked: import it</source>
        <translation>Đã kiểm tra: nhập</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/plan_import.py" line="90"/>
        <source>Do not import</source>
        <translation>Không nhập</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="258"/>
        <source>Decree 09/2019 (the 15th of the previous month to the 14th)</source>
        <translation>theo Nghị định 09/2019 (ngày 15 tháng trước đến ngày 14 tháng này)</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="256"/>
        <source>Calendar months</source>
        <translation>Theo tháng dương lịch</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="263"/>
        <source> days after the month closes</source>
        <translation> ngày sau khi hết kỳ</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="271"/>
        <source>Title:</source>
        <translation>Trích yếu:</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="269"/>
        <source>Reporting months:</source>
        <translation>Kỳ báo cáo:</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="294"/>
        <source>Target for every unit:</source>
        <translation>Giao cho mọi đơn vị:</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="297"/>
        <source>e.g. 50%</source>
        <translation>ví dụ 50%</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="299"/>
        <source>&amp;Give to all units</source>
        <translation>&amp;Giao cho tất cả</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="315"/>
        <source>Units and targets</source>
        <translation>Đơn vị và chỉ tiêu giao</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="332"/>
        <source>&amp;Save the plan</source>
        <translation>&amp;Lưu kế hoạch</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="334"/>
        <source>&amp;Discard changes</source>
        <translation>&amp;Bỏ thay đổi</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="336"/>
        <source>&amp;Add a unit…</source>
        <translation>&amp;Thêm đơn vị…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="266"/>
        <source>Issuing body:</source>
        <translation>Cơ quan ban hành:</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="267"/>
        <source>Following up:</source>
        <translation>Cơ quan theo dõi:</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="268"/>
        <source>Place:</source>
        <translation>Địa danh:</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="270"/>
        <source>Files due:</source>
        <translation>Hạn gửi báo cáo:</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="279"/>
        <source>The first line of the printed header, e.g. UBND TỈNH ĐẮK LẮK</source>
        <translation>Dòng đầu của tiêu đề văn bản in, ví dụ UBND TỈNH ĐẮK LẮK</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="282"/>
        <source>The second line of the printed header: the office that follows up</source>
        <translation>Dòng thứ hai của tiêu đề văn bản in: cơ quan theo dõi, tổng hợp</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="284"/>
        <source>The place on the date line of printed documents</source>
        <translation>Địa danh ở dòng ngày tháng của văn bản in</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="338"/>
        <source>&amp;Retire a unit…</source>
        <translation>Đơn vị &amp;thôi hoạt động…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="340"/>
        <source>Add an &amp;indicator…</source>
        <translation>Thêm &amp;chỉ tiêu…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="342"/>
        <source>&amp;Export the plan file…</source>
        <translation>&amp;Xuất tệp kế hoạch…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="344"/>
        <source>Plan of a &amp;new year…</source>
        <translation>Lập kế hoạch &amp;năm mới…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="346"/>
        <source>I&amp;mport a plan file…</source>
        <translation>&amp;Nhập tệp kế hoạch…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="372"/>
        <source>&lt;b&gt;Plan of {year}&lt;/b&gt;, revision {rev}; {n} units.</source>
        <translation>&lt;b&gt;Kế hoạch năm {year}&lt;/b&gt;, bản lần {rev}; {n} đơn vị.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="423"/>
        <source>Save or discard the changes first.</source>
        <translation>Hãy lưu hoặc bỏ các thay đổi trước.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="428"/>
        <source>Changed, not saved yet: «Save the plan» makes revision {n}.</source>
        <translation>Đã sửa, chưa lưu: bấm «Lưu kế hoạch» để lưu thành bản lần {n}.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="445"/>
        <source>The issuing body cannot be empty.</source>
        <translation>Cơ quan ban hành không được để trống.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="459"/>
        <source>Saved as revision {n}. Export the plan file and send it to the units.</source>
        <translation>Đã lưu thành bản lần {n}. Hãy xuất tệp kế hoạch gửi các đơn vị.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="488"/>
        <source>Choose a unit in the table first.</source>
        <translation>Hãy chọn một đơn vị trong bảng trước.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="493"/>
        <source>Retire the unit</source>
        <translation>Đơn vị thôi hoạt động</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="494"/>
        <source>{unit}: the last month it reports (merged or dissolved after it):</source>
        <translation>{unit}: tháng cuối cùng đơn vị báo cáo (sau tháng này đơn vị hợp nhất hoặc giải thể):</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="533"/>
        <source>Export the plan file</source>
        <translation>Xuất tệp kế hoạch</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="535"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="542"/>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="553"/>
        <source>Import a plan file</source>
        <translation>Nhập tệp kế hoạch</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="555"/>
        <source>Excel workbooks (*.xlsx);;CSV (*.csv)</source>
        <translation>Bảng tính Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="569"/>
        <source>Plan of a new year</source>
        <translation>Kế hoạch năm mới</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="570"/>
        <source>Year of the new plan (units, indicators and targets are copied):</source>
        <translation>Năm của kế hoạch mới (chép đơn vị, chỉ tiêu và mức giao):</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="104"/>
        <source>REPORT</source>
        <translation>BÁO CÁO</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="105"/>
        <source>Results against the targets for online dossiers and digitized results</source>
        <translation>Kết quả thực hiện chỉ tiêu hồ sơ trực tuyến và số hóa kết quả giải quyết TTHC</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="108"/>
        <source>Month {m} of {y}: from {a} to {b}</source>
        <translation>Tháng {m} năm {y}: từ ngày {a} đến ngày {b}</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="109"/>
        <source>year to date from {a} to {b}</source>
        <translation>lũy kế từ ngày {a} đến ngày {b}</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="110"/>
        <source>I. FIGURES BY MONTH</source>
        <translation>I. SỐ LIỆU TỪNG THÁNG</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="111"/>
        <source>II. RESULTS AGAINST THE TARGETS (YEAR TO DATE)</source>
        <translation>II. KẾT QUẢ THỰC HIỆN CHỈ TIÊU (LŨY KẾ)</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="112"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="113"/>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="114"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="115"/>
        <source>Year to date</source>
        <translation>Lũy kế</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="116"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="117"/>
        <source>Numerator</source>
        <translation>Tử số</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="118"/>
        <source>Denominator</source>
        <translation>Mẫu số</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="119"/>
        <source>Rate</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="120"/>
        <source>Target</source>
        <translation>Chỉ tiêu giao</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="121"/>
        <source>Status</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="122"/>
        <source>Short by (dossiers)</source>
        <translation>Còn thiếu (hồ sơ)</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="123"/>
        <source>PREPARED BY</source>
        <translation>NGƯỜI LẬP BIỂU</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="124"/>
        <source>(signature, full name)</source>
        <translation>(Ký, ghi rõ họ tên)</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="125"/>
        <source>ON BEHALF OF THE PEOPLE&apos;S COMMITTEE</source>
        <translation>TM. ỦY BAN NHÂN DÂN</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="126"/>
        <source>CHAIRMAN</source>
        <translation>CHỦ TỊCH</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="127"/>
        <source>(signature, seal)</source>
        <translation>(Ký tên, đóng dấu)</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="405"/>
        <source>The printer did not start. Check that it is on and connected, then print again.</source>
        <translation>Máy in chưa khởi động được. Hãy kiểm tra máy in đã bật và đã nối với máy tính, rồi in lại.</translation>
    </message>
</context>
<context>
    <name>ReportPrintDialog</name>
    <message>
        <location filename="../../lak_desktop/ui/print_dialog.py" line="22"/>
        <source>Print the report</source>
        <translation>In báo cáo</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/print_dialog.py" line="27"/>
        <source>Month {m}</source>
        <translation>Tháng {m}</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/print_dialog.py" line="29"/>
        <source>Report of &amp;month:</source>
        <translation>Báo cáo &amp;tháng:</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/print_dialog.py" line="32"/>
        <source>Pre&amp;view…</source>
        <translation>&amp;Xem trước…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/print_dialog.py" line="33"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/print_dialog.py" line="34"/>
        <source>Save as P&amp;DF…</source>
        <translation>Lưu &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/print_dialog.py" line="35"/>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/print_dialog.py" line="79"/>
        <source>Not printed</source>
        <translation>Chưa in</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/print_dialog.py" line="88"/>
        <source>Save as PDF</source>
        <translation>Lưu PDF</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/print_dialog.py" line="90"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <location filename="../../lak_desktop/ui/office/report_tab.py" line="50"/>
        <source>Year to date &amp;through month:</source>
        <translation>Lũy kế đến &amp;tháng:</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/report_tab.py" line="51"/>
        <source>Rank only units with figures for &amp;every month</source>
        <translation>Chỉ xếp hạng đơn vị có số liệu đủ &amp;mọi tháng</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/report_tab.py" line="55"/>
        <source>Save as &amp;Excel…</source>
        <translation>Lưu tệp &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/report_tab.py" line="56"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/report_tab.py" line="57"/>
        <source>Save as P&amp;DF…</source>
        <translation>Lưu &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/report_tab.py" line="68"/>
        <source>Our office&apos;s lines on the report</source>
        <translation>Thông tin của cơ quan trên báo cáo</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/report_tab.py" line="76"/>
        <source>Head of office</source>
        <translation>Trưởng phòng</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/report_tab.py" line="81"/>
        <source>&amp;Number:</source>
        <translation>&amp;Số văn bản:</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/report_tab.py" line="82"/>
        <source>P&amp;lace:</source>
        <translation>Địa &amp;danh:</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/report_tab.py" line="83"/>
        <source>Signer&apos;s t&amp;itle:</source>
        <translation>&amp;Chức vụ người ký:</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/report_tab.py" line="84"/>
        <source>Signer&apos;s &amp;name:</source>
        <translation>&amp;Họ tên người ký:</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/report_tab.py" line="85"/>
        <source>&amp;Recipients:</source>
        <translation>Nơi &amp;nhận:</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/report_tab.py" line="86"/>
        <source>Sa&amp;ve these lines</source>
        <translation>Lưu &amp;thông tin này</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/report_tab.py" line="103"/>
        <source>Preview of the report</source>
        <translation>Xem trước báo cáo</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/report_tab.py" line="158"/>
        <source>Saved. The report uses these lines from now on.</source>
        <translation>Đã lưu. Từ nay báo cáo dùng thông tin này.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/report_tab.py" line="170"/>
        <source>Save the report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/report_tab.py" line="172"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/report_tab.py" line="179"/>
        <source>Writing the workbook…</source>
        <translation>Đang ghi tệp Excel…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/report_tab.py" line="180"/>
        <location filename="../../lak_desktop/ui/office/report_tab.py" line="199"/>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/report_tab.py" line="198"/>
        <source>Writing the PDF…</source>
        <translation>Đang ghi tệp PDF…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/report_tab.py" line="215"/>
        <source>Sending the report to the printer…</source>
        <translation>Đang gửi báo cáo ra máy in…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/report_tab.py" line="189"/>
        <source>Save as PDF</source>
        <translation>Lưu PDF</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/report_tab.py" line="189"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/report_tab.py" line="216"/>
        <source>Not printed</source>
        <translation>Chưa in</translation>
    </message>
</context>
<context>
    <name>RowFinder</name>
    <message>
        <location filename="../../lak_desktop/ui/find.py" line="162"/>
        <source>{shown} of {total} units</source>
        <translation>{shown} / {total} đơn vị</translation>
    </message>
</context>
<context>
    <name>RowSeeker</name>
    <message>
        <location filename="../../lak_desktop/ui/find.py" line="208"/>
        <source>not found</source>
        <translation>không thấy</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/find.py" line="210"/>
        <source>{n} of {total}</source>
        <translation>{n} / {total}</translation>
    </message>
</context>
<context>
    <name>StatusTab</name>
    <message>
        <location filename="../../lak_desktop/ui/office/status.py" line="52"/>
        <source>&amp;As of:</source>
        <translation>&amp;Tính đến ngày:</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/status.py" line="62"/>
        <source>✓ on time   +N late by N days   ✗ missing (deadline passed)   · not due yet</source>
        <translation>✓ đúng hạn   +N muộn N ngày   ✗ chưa gửi, đã quá hạn   · chưa đến hạn</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/status.py" line="69"/>
        <location filename="../../lak_desktop/ui/office/status.py" line="110"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/status.py" line="71"/>
        <source>Reports by unit and month</source>
        <translation>Báo cáo theo đơn vị và tháng</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/status.py" line="74"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/status.py" line="76"/>
        <source>Reports by month</source>
        <translation>Báo cáo theo tháng</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/status.py" line="82"/>
        <source>&lt;b&gt;Units to call&lt;/b&gt; for month</source>
        <translation>&lt;b&gt;Danh sách cần đôn đốc&lt;/b&gt; tháng</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/status.py" line="85"/>
        <source>Month of the list of units to call</source>
        <translation>Tháng của danh sách cần đôn đốc</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/status.py" line="89"/>
        <source>Save as &amp;Excel…</source>
        <translation>Lưu tệp &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/status.py" line="91"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/status.py" line="109"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/status.py" line="111"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/status.py" line="112"/>
        <source>Deadline</source>
        <translation>Hạn gửi</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/status.py" line="113"/>
        <source>Latest file</source>
        <translation>Báo cáo mới nhất</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/status.py" line="127"/>
        <source>Units to call</source>
        <translation>Cần đôn đốc</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/status.py" line="128"/>
        <source>Totals by month</source>
        <translation>Tổng hợp theo tháng</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/status.py" line="144"/>
        <source>On time: received {r} (deadline {d}), revision {n}</source>
        <translation>Đúng hạn: nhận {r} (hạn {d}), lần gửi {n}</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/status.py" line="147"/>
        <source>Late by {k} days: received {r} (deadline {d}), revision {n}</source>
        <translation>Muộn {k} ngày: nhận {r} (hạn {d}), lần gửi {n}</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/status.py" line="149"/>
        <source>Missing: the deadline {d} has passed</source>
        <translation>Chưa gửi: đã quá hạn {d}</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/status.py" line="151"/>
        <source>The unit did not exist this month (merged)</source>
        <translation>Đơn vị không hoạt động tháng này (trước khi thành lập hoặc sau khi hợp nhất)</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/status.py" line="153"/>
        <source>Not due yet: deadline {d}</source>
        <translation>Chưa đến hạn: hạn {d}</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/status.py" line="180"/>
        <source>{unit} (plan rev. {r})</source>
        <translation>{unit} (kế hoạch lần {r})</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/status.py" line="183"/>
        <source>The latest file of this unit was made under revision {r} of the plan; the plan here is revision {n}. Send the unit the plan file again.</source>
        <translation>Tệp mới nhất của đơn vị được lập theo kế hoạch bản lần {r}; kế hoạch ở đây là bản lần {n}. Hãy gửi lại tệp kế hoạch cho đơn vị.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/status.py" line="202"/>
        <source>Expected</source>
        <translation>Số đơn vị phải gửi</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/status.py" line="206"/>
        <source>Received</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/status.py" line="210"/>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/status.py" line="214"/>
        <source>Reporting rate</source>
        <translation>Tỷ lệ đã gửi</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/status.py" line="218"/>
        <source>On-time rate</source>
        <translation>Tỷ lệ đúng hạn</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/status.py" line="257"/>
        <source>Save the list of units to call</source>
        <translation>Lưu danh sách cần đôn đốc</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/status.py" line="259"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/status.py" line="266"/>
        <source>Writing the workbook…</source>
        <translation>Đang ghi tệp Excel…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/status.py" line="267"/>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/status.py" line="289"/>
        <source>Sending the list to the printer…</source>
        <translation>Đang gửi danh sách ra máy in…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/status.py" line="290"/>
        <source>Not printed</source>
        <translation>Chưa in</translation>
    </message>
</context>
<context>
    <name>TargetsPanel</name>
    <message>
        <location filename="../../lak_desktop/ui/targets_panel.py" line="147"/>
        <source>No figures have been entered for this year yet.</source>
        <translation>Chưa nhập số liệu nào của năm này.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/targets_panel.py" line="150"/>
        <source>Year to date, months 1–{m} ({range})</source>
        <translation>Lũy kế tháng 1–{m} ({range})</translation>
    </message>
</context>
<context>
    <name>UnitDetailsDialog</name>
    <message>
        <location filename="../../lak_desktop/ui/office/consolidated.py" line="200"/>
        <source>&lt;b&gt;{unit}&lt;/b&gt;: figures of {year} as received</source>
        <translation>&lt;b&gt;{unit}&lt;/b&gt;: số liệu năm {year} đã nhận</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/consolidated.py" line="206"/>
        <location filename="../../lak_desktop/ui/office/consolidated.py" line="234"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/consolidated.py" line="206"/>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/consolidated.py" line="209"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/consolidated.py" line="230"/>
        <source>&lt;b&gt;Files received from this unit&lt;/b&gt;</source>
        <translation>&lt;b&gt;Các tệp đã nhận của đơn vị&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/consolidated.py" line="233"/>
        <source>Received on</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/consolidated.py" line="235"/>
        <source>Revision</source>
        <translation>Lần gửi</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/consolidated.py" line="236"/>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/consolidated.py" line="237"/>
        <source>Signed with key</source>
        <translation>Mã khóa ký</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/consolidated.py" line="238"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/consolidated.py" line="263"/>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/consolidated.py" line="277"/>
        <source>Key: not known yet (it is recorded from the unit&apos;s first file).</source>
        <translation>Mã khóa: chưa biết (được ghi nhận từ tệp đầu tiên của đơn vị).</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/consolidated.py" line="282"/>
        <source>Key in use: &lt;b&gt;{key}&lt;/b&gt;, since {since}, {n} files signed.</source>
        <translation>Khóa đang dùng: &lt;b&gt;{key}&lt;/b&gt;, từ {since}, đã ký {n} tệp.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/consolidated.py" line="284"/>
        <source>Earlier key: {key}, from {since} to {until}, {n} files signed.</source>
        <translation>Khóa trước đây: {key}, từ {since} đến {until}, đã ký {n} tệp.</translation>
    </message>
</context>
<context>
    <name>UnitsModel</name>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="88"/>
        <source>{name}: last year</source>
        <translation>{name}: năm trước</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="88"/>
        <source>{name}: target</source>
        <translation>{name}: giao</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="92"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="93"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="94"/>
        <source>Procedures</source>
        <translation>Số TTHC</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="95"/>
        <source>Active</source>
        <translation>Thời gian hoạt động</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="126"/>
        <source>whole year</source>
        <translation>cả năm</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="155"/>
        <source>{n} other values cannot be taken either.</source>
        <translation>{n} giá trị khác cũng không nhận được.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/office/plan_tab.py" line="159"/>
        <source>Nothing was changed: correct the values and try again.</source>
        <translation>Chưa thay đổi gì: sửa các giá trị rồi làm lại.</translation>
    </message>
</context>
<context>
    <name>WindowJobs</name>
    <message>
        <location filename="../../lak_desktop/ui/window_jobs.py" line="29"/>
        <source>Opening the data file…</source>
        <translation>Đang mở tệp dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/window_jobs.py" line="50"/>
        <source>{error}

Restore the data file from a backup (File → Restore from a backup…), or ask the person who supports you.</source>
        <translation>{error}

Hãy khôi phục tệp dữ liệu từ bản sao lưu (Tệp → Khôi phục từ bản sao lưu…), hoặc nhờ người hỗ trợ kỹ thuật cho đơn vị.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/window_jobs.py" line="74"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/window_jobs.py" line="75"/>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/window_jobs.py" line="78"/>
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
</context>
<context>
    <name>YearGridModel</name>
    <message>
        <location filename="../../lak_desktop/ui/year_grid.py" line="99"/>
        <source>{name} (month)</source>
        <translation>{name} (trong tháng)</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/year_grid.py" line="102"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/year_grid.py" line="102"/>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/year_grid.py" line="140"/>
        <source>Year to date</source>
        <translation>Lũy kế</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/year_grid.py" line="142"/>
        <source>Sums of the figures entered; the rates count only complete months.</source>
        <translation>Tổng các số đã nhập; tỷ lệ chỉ tính các tháng đã đủ số liệu.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/year_grid.py" line="146"/>
        <source>Month {m}
{first} – {last}</source>
        <translation>Tháng {m}
{first} – {last}</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/year_grid.py" line="151"/>
        <source>Copy the figures received from {first} to {last}.</source>
        <translation>Lấy số liệu từ ngày {first} đến ngày {last}.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/year_grid.py" line="241"/>
        <source>Not complete: enter both «{num}» and «{den}» (0 is a number). Until then this month counts for nothing in the rate.</source>
        <translation>Chưa đủ số liệu: cần nhập cả «{num}» và «{den}» (số 0 cũng là một số). Khi chưa đủ, tháng này không được tính vào tỷ lệ.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/year_grid.py" line="251"/>
        <source>Changed after it was sent in the file of month {m} (revision {r}): export again so the office gets the new figures.</source>
        <translation>Đã sửa sau khi gửi trong tệp tháng {m} (lần {r}): hãy xuất và gửi lại để cấp trên có số liệu mới.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/year_grid.py" line="254"/>
        <source>changed after sending</source>
        <translation>sửa sau khi gửi</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/year_grid.py" line="256"/>
        <source>Sent in the file of month {m}, revision {r}.</source>
        <translation>Đã gửi trong tệp tháng {m}, lần {r}.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/year_grid.py" line="259"/>
        <source>sent (r{r})</source>
        <translation>đã gửi (lần {r})</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/year_grid.py" line="323"/>
        <source>The data file could not be written ({error}). Nothing was saved; check that the disk is not full and try again.</source>
        <translation>Không ghi được vào tệp dữ liệu ({error}). Chưa lưu gì; hãy kiểm tra ổ đĩa còn chỗ trống rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/year_grid.py" line="328"/>
        <source>Edit</source>
        <translation>Sửa số liệu</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/year_grid.py" line="352"/>
        <source>Clear</source>
        <translation>Xóa số liệu</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/year_grid.py" line="375"/>
        <source>Month {m}, {label}: {reason} Nothing was pasted.</source>
        <translation>Tháng {m}, {label}: {reason} Chưa dán gì.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/year_grid.py" line="383"/>
        <source>Paste</source>
        <translation>Dán số liệu</translation>
    </message>
</context>
<context>
    <name>YearGridView</name>
    <message>
        <location filename="../../lak_desktop/ui/year_grid.py" line="492"/>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/year_grid.py" line="496"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/year_grid.py" line="501"/>
        <source>C&amp;lear</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/year_grid.py" line="504"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/year_grid.py" line="507"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
</context>
</TS>
