; Inno Setup script: a per-user installer (no administrator rights) for the PyInstaller onedir
; build. Built by .github/workflows/release.yml on a Windows runner:
;   pyinstaller packaging\omise-token-gui.spec      -> dist\omise-token-gui\
;   iscc /DAppVersion=0.1.0 packaging\windows\omise-token-gui.iss
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Omise Test Token Generator"
#define AppExe "omise-token-gui.exe"

[Setup]
AppId={{6F0B7C2E-2C55-4C8E-9B0E-3E7A3B8D4A11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Omise Token GUI developers
AppComments=Creates Omise test card tokens for manual checkout testing. Test keys only.
; Per user: installs under %LOCALAPPDATA%\Programs without asking for admin rights.
PrivilegesRequired=lowest
DefaultDirName={userpf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
SetupIconFile=omise-token-gui.ico
OutputDir=..\..\dist
OutputBaseFilename=omise-token-gui-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern

[Files]
Source: "..\..\dist\omise-token-gui\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{userprograms}\Omise vault emulator"; Filename: "{app}\{#AppExe}"; Parameters: "--vault-emulator"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Run]
Filename: "{app}\{#AppExe}"; Description: "Start {#AppName}"; Flags: nowait postinstall skipifsilent
