; Vietnamese messages for the lak_desktop installer (the screens a clerk sees).
; Messages not listed here fall back to Inno Setup's English defaults.

[LangOptions]
LanguageName=Ti<1EBF>ng Vi<1EC7>t
LanguageID=$042A
LanguageCodePage=0

[Messages]
SetupAppTitle=Cài đặt
SetupWindowTitle=Cài đặt - %1
UninstallAppTitle=Gỡ cài đặt
UninstallAppFullTitle=Gỡ cài đặt %1
ButtonBack=< &Quay lại
ButtonNext=&Tiếp >
ButtonInstall=&Cài đặt
ButtonOK=Đồng ý
ButtonCancel=Hủy
ButtonYes=&Có
ButtonNo=&Không
ButtonFinish=&Hoàn tất
ButtonBrowse=&Chọn...
ButtonWizardBrowse=C&họn...
ExitSetupTitle=Thoát cài đặt
ExitSetupMessage=Cài đặt chưa xong. Nếu thoát bây giờ, chương trình sẽ không được cài.%n%nCó thể chạy lại bộ cài sau để cài tiếp.%n%nThoát cài đặt?
WelcomeLabel1=Chào mừng đến với trình cài đặt [name]
WelcomeLabel2=Trình cài đặt sẽ cài [name/ver] vào máy tính này.%n%nNên đóng các chương trình khác trước khi tiếp tục.
WizardSelectDir=Chọn thư mục cài đặt
SelectDirDesc=Cài [name] vào đâu?
SelectDirLabel3=Chương trình sẽ được cài vào thư mục dưới đây.
SelectDirBrowseLabel=Bấm Tiếp để tiếp tục. Muốn chọn thư mục khác, bấm Chọn.
WizardSelectTasks=Chọn thêm việc cần làm
SelectTasksDesc=Cần làm thêm việc gì?
SelectTasksLabel2=Chọn các việc cần làm thêm khi cài [name], rồi bấm Tiếp.
WizardReady=Sẵn sàng cài đặt
ReadyLabel1=Trình cài đặt đã sẵn sàng cài [name] vào máy tính.
ReadyLabel2a=Bấm Cài đặt để bắt đầu, hoặc Quay lại để xem lại lựa chọn.
WizardInstalling=Đang cài đặt
InstallingLabel=Vui lòng chờ trong khi [name] được cài vào máy tính.
FinishedHeadingLabel=Hoàn tất cài đặt [name]
FinishedLabelNoIcons=Đã cài xong [name].
FinishedLabel=Đã cài xong [name]. Có thể mở chương trình từ biểu tượng đã tạo.
ClickFinish=Bấm Hoàn tất để đóng trình cài đặt.
StatusExtractFiles=Đang chép tệp...
StatusCreateIcons=Đang tạo biểu tượng...
ConfirmUninstall=Gỡ %1? Số liệu đã nhập được giữ lại trong thư mục dữ liệu của người dùng.
UninstallStatusLabel=Vui lòng chờ trong khi %1 được gỡ khỏi máy tính.
UninstalledAll=Đã gỡ %1. Số liệu đã nhập vẫn được giữ lại.

[CustomMessages]
CreateDesktopIcon=Tạo biểu tượng trên &màn hình
AdditionalIcons=Biểu tượng:
LaunchProgram=Mở %1
