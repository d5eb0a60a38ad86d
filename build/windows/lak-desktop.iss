; Inno Setup script: a per-user install of the one-folder bundle (no administrator needed).
; Build on Windows after `pyinstaller installer.spec`:
;   iscc /DAppVersion=0.1.0 build\windows\lak-desktop.iss
; The result is dist\lak-desktop-setup-<version>.exe. See README, "Windows".

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "lak_desktop"
#define AppExe "lak-desktop.exe"

[Setup]
AppId={{6A0E4C55-3B4B-4C1E-9A51-2B7B0F4D8C21}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=lak_desktop
; Per-user: installs under %LOCALAPPDATA%\Programs, needs no administrator account.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\lak-desktop
DefaultGroupName=lak_desktop
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=lak-desktop-setup-{#AppVersion}
SetupIconFile=lak.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
VersionInfoVersion={#AppVersion}
VersionInfoDescription=Theo dõi chỉ tiêu hồ sơ trực tuyến và số hóa

[Languages]
Name: "vi"; MessagesFile: "Vietnamese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\lak-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\lak_desktop"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\lak_desktop"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,lak_desktop}"; Flags: nowait postinstall skipifsilent

; The user's data lives in %LOCALAPPDATA%\lak-desktop, never in {app}: uninstalling removes the
; program only and keeps every figure. (In portable mode, a file named "portable" beside the
; executable, the data sits in {app}\data; it is not listed here, so it is kept as well.)
[UninstallDelete]
Type: filesandordirs; Name: "{app}\_internal"
