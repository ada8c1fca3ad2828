; Inno Setup script (6.3 or newer) for LearnOrg Desktop: installs the PyInstaller one-folder bundle.
; Built by packaging/windows/build_windows.ps1, which passes the version:  iscc /DAppVersion=0.1.0 learnorg.iss
; Paths are relative to this file. Expects ..\dist\learnorg-desktop (the bundle) and ..\build\learnorg.ico.
;
; Installs under Program Files (or, when the user picks "for me only", under %LOCALAPPDATA%\Programs without
; administrator rights), with a Start menu entry and an uninstaller. The user's data lives elsewhere, in
; %LOCALAPPDATA%\LearnOrg (databases, backups, logs): neither an update nor the uninstaller touches it.
; No file association: the window opens a database from its File menu, and takes no file on its command line.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "LearnOrg Desktop"
#define BundleDir "..\dist\learnorg-desktop"

[Setup]
; Never change AppId: Windows recognises updates and the uninstaller by it.
AppId={{7BB3AAA6-593B-43B1-94D7-F4A27E39C557}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=LearnOrg
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 runs on Windows 10 and 11 only.
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=learnorg-desktop-{#AppVersion}-windows-x64-setup
SetupIconFile=..\build\learnorg.ico
UninstallDisplayIcon={app}\learnorg.exe
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Closes a running LearnOrg Desktop before replacing its files (it backs the database up when it closes).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the bundle whole: a library dropped by the newer build must not linger beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\learnorg.exe"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\learnorg.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\learnorg.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] on purpose: the uninstaller removes only what it installed, never %LOCALAPPDATA%\LearnOrg.
