<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>App</name>
    <message>
        <location filename="../../lak_desktop/ui/app.py" line="50" />
        <source>Unexpected error</source>
        <translation>Lỗi không mong đợi</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/app.py" line="51" />
        <source>Something went wrong that the program did not expect. The figures already saved are safe. Close this message and try again; if it happens again, send the log file to the person who supports you:
{log}</source>
        <translation>Chương trình gặp một lỗi không lường trước. Số liệu đã lưu vẫn an toàn. Hãy đóng thông báo này và thử lại; nếu lỗi lặp lại, hãy gửi tệp nhật ký sau cho người hỗ trợ:
{log}</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/app.py" line="59" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/app.py" line="95" />
        <source>Cannot open the data file</source>
        <translation>Không mở được tệp dữ liệu</translation>
    </message>
</context>
<context>
    <name>CommuneWindow</name>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="44" />
        <source>{unit} — targets of {year} — lak_desktop</source>
        <translation>{unit} — chỉ tiêu năm {year} — lak_desktop</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="52" />
        <source>Monthly figures</source>
        <translation>Số liệu hằng tháng</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="61" />
        <source>&lt;b&gt;{unit}&lt;/b&gt; — monthly figures of {year}</source>
        <translation>&lt;b&gt;{unit}&lt;/b&gt; — số liệu hằng tháng năm {year}</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="74" />
        <source>&amp;Targets</source>
        <translation>&amp;Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="78" />
        <source>C&amp;hart</source>
        <translation>&amp;Biểu đồ</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="97" />
        <source>Type a number to enter it; Enter or Tab moves on. Every change is saved at once.</source>
        <translation>Gõ số để nhập; Enter hoặc Tab để sang ô tiếp theo. Mỗi thay đổi được lưu ngay.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="108" />
        <location filename="../../lak_desktop/ui/selftest.py" line="61" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="109" />
        <source>&amp;Send the report to the office above…</source>
        <translation>&amp;Xuất báo cáo gửi cấp trên…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="112" />
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="115" />
        <source>Save as P&amp;DF…</source>
        <translation>&amp;Lưu PDF…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="117" />
        <source>Change &amp;unit or role…</source>
        <translation>&amp;Đổi đơn vị hoặc vai trò…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="119" />
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="128" />
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="129" />
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="131" />
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="137" />
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="138" />
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="141" />
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="146" />
        <source>Main</source>
        <translation>Công cụ chính</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="154" />
        <source>Not saved: {reason}</source>
        <translation>Chưa lưu: {reason}</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="169" />
        <source>Month {m}, {label}: {help}</source>
        <translation>Tháng {m}, {label}: {help}</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="171" />
        <source>Month {m}, {label}</source>
        <translation>Tháng {m}, {label}</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="211" />
        <source>Written: {path}</source>
        <translation>Đã ghi tệp: {path}</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="239" />
        <source>Save as PDF</source>
        <translation>Lưu PDF</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="239" />
        <source>PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="244" />
        <source>Saved: {path}</source>
        <translation>Đã lưu: {path}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../lak_desktop/ui/export_dialog.py" line="55" />
        <source>Send the report to the office above</source>
        <translation>Xuất báo cáo gửi cấp trên</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/export_dialog.py" line="60" />
        <source>Month {m}</source>
        <translation>Tháng {m}</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/export_dialog.py" line="64" />
        <source>&amp;Month:</source>
        <translation>&amp;Tháng:</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/export_dialog.py" line="71" />
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn thư mục…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/export_dialog.py" line="75" />
        <source>&amp;Folder:</source>
        <translation>Thư &amp;mục:</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/export_dialog.py" line="80" />
        <source>File:</source>
        <translation>Tên tệp:</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/export_dialog.py" line="89" />
        <source>&amp;Write the file</source>
        <translation>&amp;Ghi tệp</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/export_dialog.py" line="90" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/export_dialog.py" line="113" />
        <source>Choose a folder</source>
        <translation>Chọn thư mục</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/export_dialog.py" line="132" />
        <source>Months {months} have no figures yet. The file will show them empty.</source>
        <translation>Tháng {months} chưa có số liệu. Trong tệp các tháng này sẽ để trống.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/export_dialog.py" line="136" />
        <source>Month {m} has no figures yet.</source>
        <translation>Tháng {m} chưa có số liệu.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/export_dialog.py" line="147" />
        <source>The file was not written</source>
        <translation>Chưa ghi được tệp</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/export_dialog.py" line="156" />
        <source>File written</source>
        <translation>Đã ghi tệp</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/export_dialog.py" line="158" />
        <source>The report was written to:
{path}

Send this file to the office above.</source>
        <translation>Đã ghi báo cáo vào tệp:
{path}

Hãy gửi tệp này cho cơ quan cấp trên.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/export_dialog.py" line="164" />
        <source>&amp;Open the folder</source>
        <translation>&amp;Mở thư mục</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/export_dialog.py" line="168" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../lak_desktop/ui/first_start.py" line="41" />
        <source>Welcome to lak_desktop</source>
        <translation>Chào mừng đến với lak_desktop</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/first_start.py" line="45" />
        <source>This program tracks the yearly targets for online dossiers and digitized results. Choose where it is used; you can change this later in the File menu.</source>
        <translation>Chương trình theo dõi chỉ tiêu hằng năm về hồ sơ trực tuyến và số hóa kết quả giải quyết TTHC. Hãy chọn nơi sử dụng; có thể đổi lại sau trong menu Tệp.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/first_start.py" line="51" />
        <source>&amp;Commune / ward: enter our monthly figures</source>
        <translation>&amp;Xã, phường, thị trấn: nhập số liệu hằng tháng của đơn vị</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/first_start.py" line="53" />
        <source>&amp;Receiving office: collect and consolidate the units' files</source>
        <translation>&amp;Cơ quan nhận báo cáo: thu nhận và tổng hợp tệp của các đơn vị</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/first_start.py" line="64" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/first_start.py" line="67" />
        <source>&amp;Import a plan file…</source>
        <translation>&amp;Nhập tệp kế hoạch…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/first_start.py" line="70" />
        <source>&amp;Our unit:</source>
        <translation>Đơn vị &amp;của chúng tôi:</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/first_start.py" line="80" />
        <source>&amp;Start</source>
        <translation>&amp;Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/first_start.py" line="94" />
        <source>Plan of {year}: {issuer}, {n} units.</source>
        <translation>Kế hoạch năm {year} của {issuer}, {n} đơn vị.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/first_start.py" line="106" />
        <source>Import a plan file</source>
        <translation>Nhập tệp kế hoạch</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/first_start.py" line="108" />
        <source>Excel workbooks (*.xlsx);;CSV (*.csv)</source>
        <translation>Tệp Excel (*.xlsx);;Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/first_start.py" line="119" />
        <source>The plan file was not imported</source>
        <translation>Chưa nhập được tệp kế hoạch</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/first_start.py" line="140" />
        <source>Change saved</source>
        <translation>Đã lưu lựa chọn</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/first_start.py" line="141" />
        <source>The new choice applies the next time the program starts.</source>
        <translation>Lựa chọn mới có hiệu lực từ lần mở chương trình sau.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../lak_desktop/ui/help.py" line="16" />
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/help.py" line="23" />
        <location filename="../../lak_desktop/ui/help.py" line="34" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/help.py" line="33" />
        <source>About lak_desktop</source>
        <translation>Giới thiệu lak_desktop</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/help.py" line="36" />
        <source>&lt;h3&gt;lak_desktop {version}&lt;/h3&gt;&lt;p&gt;Tracks the targets for online dossiers and digitized results, offline.&lt;/p&gt;&lt;p&gt;Data file:&lt;br&gt;&lt;code&gt;{db}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Log file:&lt;br&gt;&lt;code&gt;{log}&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;lak_desktop {version}&lt;/h3&gt;&lt;p&gt;Theo dõi chỉ tiêu hồ sơ trực tuyến và số hóa kết quả giải quyết TTHC, không cần Internet.&lt;/p&gt;&lt;p&gt;Tệp dữ liệu:&lt;br&gt;&lt;code&gt;{db}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Tệp nhật ký:&lt;br&gt;&lt;code&gt;{log}&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>IndicatorBox</name>
    <message>
        <location filename="../../lak_desktop/ui/targets_panel.py" line="73" />
        <source>No figures yet; target {t}</source>
        <translation>Chưa có số liệu; chỉ tiêu {t}</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/targets_panel.py" line="74" />
        <source>No data</source>
        <translation>Chưa có số liệu</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/targets_panel.py" line="77" />
        <source>Enter the month's figures to see how far the commune is from {t}.</source>
        <translation>Nhập số liệu các tháng để xem đơn vị còn cách chỉ tiêu {t} bao xa.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/targets_panel.py" line="83" />
        <source>{rate} ({num}/{den}) — target {t}</source>
        <translation>{rate} ({num}/{den}) — chỉ tiêu {t}</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/targets_panel.py" line="91" />
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/targets_panel.py" line="93" />
        <source>The {t} target is met so far.</source>
        <translation>Đến nay đã đạt chỉ tiêu {t}.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/targets_panel.py" line="95" />
        <source>Not met</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/targets_panel.py" line="98" />
        <source>{n} more {noun} were needed to meet the {t} target.</source>
        <translation>Còn thiếu {n} {noun} để đạt chỉ tiêu {t}.</translation>
    </message>
</context>
<context>
    <name>MonthlyRatesChart</name>
    <message>
        <location filename="../../lak_desktop/ui/charts.py" line="37" />
        <source>Month's rate (%)</source>
        <translation>Tỷ lệ trong tháng (%)</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/charts.py" line="40" />
        <source>Months with data</source>
        <translation>Tháng có số liệu</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/charts.py" line="47" />
        <source>Target {t}%</source>
        <translation>Chỉ tiêu {t}%</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/charts.py" line="57" />
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
</context>
<context>
    <name>OfficeWindow</name>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="269" />
        <source>Receiving office — lak_desktop</source>
        <translation>Cơ quan nhận báo cáo — lak_desktop</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="272" />
        <source>&lt;h3&gt;Role: receiving office&lt;/h3&gt;&lt;p&gt;The screens of the receiving office come in a later version. Until then the office's jobs are done with the &lt;code&gt;lak&lt;/code&gt; command:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;code&gt;lak plan export --year 2022 --out ke-hoach.xlsx&lt;/code&gt;: the plan file for the units&lt;/li&gt;&lt;li&gt;&lt;code&gt;lak submission import E:/&lt;/code&gt;: import every unit's file&lt;/li&gt;&lt;li&gt;&lt;code&gt;lak report --year 2022 --through 3 --out tong-hop.xlsx&lt;/code&gt;: the consolidated report&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Data file: {db}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vai trò: cơ quan nhận báo cáo&lt;/h3&gt;&lt;p&gt;Các màn hình của cơ quan nhận báo cáo sẽ có trong phiên bản sau. Trong khi chờ, các việc của cơ quan làm bằng lệnh &lt;code&gt;lak&lt;/code&gt;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;code&gt;lak plan export --year 2022 --out ke-hoach.xlsx&lt;/code&gt;: xuất tệp kế hoạch gửi các đơn vị&lt;/li&gt;&lt;li&gt;&lt;code&gt;lak submission import E:/&lt;/code&gt;: nhập tệp báo cáo của các đơn vị&lt;/li&gt;&lt;li&gt;&lt;code&gt;lak report --year 2022 --through 3 --out tong-hop.xlsx&lt;/code&gt;: lập báo cáo tổng hợp&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Tệp dữ liệu: {db}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="287" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="288" />
        <source>Change &amp;unit or role…</source>
        <translation>&amp;Đổi đơn vị hoặc vai trò…</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/main_window.py" line="290" />
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="40" />
        <source>REPORT</source>
        <translation>BÁO CÁO</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="41" />
        <source>Results against the targets for online dossiers and digitized results</source>
        <translation>Kết quả thực hiện chỉ tiêu hồ sơ trực tuyến và số hóa kết quả giải quyết TTHC</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="44" />
        <source>Month {m} of {y}: from {a} to {b}</source>
        <translation>Tháng {m} năm {y}: từ ngày {a} đến ngày {b}</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="45" />
        <source>year to date from {a} to {b}</source>
        <translation>lũy kế từ ngày {a} đến ngày {b}</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="46" />
        <source>I. FIGURES BY MONTH</source>
        <translation>I. SỐ LIỆU TỪNG THÁNG</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="47" />
        <source>II. RESULTS AGAINST THE TARGETS (YEAR TO DATE)</source>
        <translation>II. KẾT QUẢ THỰC HIỆN CHỈ TIÊU (LŨY KẾ)</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="48" />
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="49" />
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="50" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="51" />
        <source>Year to date</source>
        <translation>Lũy kế</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="52" />
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="53" />
        <source>Numerator</source>
        <translation>Tử số</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="54" />
        <source>Denominator</source>
        <translation>Mẫu số</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="55" />
        <source>Rate</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="56" />
        <source>Target</source>
        <translation>Chỉ tiêu giao</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="57" />
        <source>Status</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="58" />
        <source>Short by (dossiers)</source>
        <translation>Còn thiếu (hồ sơ)</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="59" />
        <source>PREPARED BY</source>
        <translation>NGƯỜI LẬP BIỂU</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="60" />
        <source>(signature, full name)</source>
        <translation>(Ký, ghi rõ họ tên)</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="61" />
        <source>ON BEHALF OF THE PEOPLE'S COMMITTEE</source>
        <translation>TM. ỦY BAN NHÂN DÂN</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="62" />
        <source>CHAIRMAN</source>
        <translation>CHỦ TỊCH</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/printing.py" line="63" />
        <source>(signature, seal)</source>
        <translation>(Ký tên, đóng dấu)</translation>
    </message>
</context>
<context>
    <name>TargetsPanel</name>
    <message>
        <location filename="../../lak_desktop/ui/targets_panel.py" line="120" />
        <source>Year to date, months 1–{m} ({range})</source>
        <translation>Lũy kế tháng 1–{m} ({range})</translation>
    </message>
</context>
<context>
    <name>YearGridModel</name>
    <message>
        <location filename="../../lak_desktop/ui/year_grid.py" line="74" />
        <source>{name} (month)</source>
        <translation>{name} (trong tháng)</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/year_grid.py" line="77" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/year_grid.py" line="77" />
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/year_grid.py" line="113" />
        <source>Month {m}
{first} – {last}</source>
        <translation>Tháng {m}
{first} – {last}</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/year_grid.py" line="118" />
        <source>Copy the figures received from {first} to {last}.</source>
        <translation>Lấy số liệu từ ngày {first} đến ngày {last}.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/year_grid.py" line="172" />
        <source>Changed after it was sent in the file of month {m} (revision {r}): export again so the office gets the new figures.</source>
        <translation>Đã sửa sau khi gửi trong tệp tháng {m} (lần {r}): hãy xuất và gửi lại để cấp trên có số liệu mới.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/year_grid.py" line="175" />
        <source>changed after sending</source>
        <translation>sửa sau khi gửi</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/year_grid.py" line="177" />
        <source>Sent in the file of month {m}, revision {r}.</source>
        <translation>Đã gửi trong tệp tháng {m}, lần {r}.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/year_grid.py" line="180" />
        <source>sent (r{r})</source>
        <translation>đã gửi (lần {r})</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/year_grid.py" line="227" />
        <source>The data file could not be written ({error}). Nothing was saved; check that the disk is not full and try again.</source>
        <translation>Không ghi được vào tệp dữ liệu ({error}). Chưa lưu gì; hãy kiểm tra ổ đĩa còn chỗ trống rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/year_grid.py" line="232" />
        <source>Edit</source>
        <translation>Sửa số liệu</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/year_grid.py" line="254" />
        <source>Clear</source>
        <translation>Xóa số liệu</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/year_grid.py" line="277" />
        <source>Month {m}, {label}: {reason} Nothing was pasted.</source>
        <translation>Tháng {m}, {label}: {reason} Chưa dán gì.</translation>
    </message>
    <message>
        <location filename="../../lak_desktop/ui/year_grid.py" line="285" />
        <source>Paste</source>
        <translation>Dán số liệu</translation>
    </message>
</context>
</TS>