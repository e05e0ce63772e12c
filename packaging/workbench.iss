; Windows installer for the bundle (docs/packaging.md; not built or run in CI):
;
;     py -3.11 packaging\build_bundle.py
;     "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\workbench.iss
;
; Takes dist\workbench\ (Workbench.exe, workbench-cli.exe, _internal\) and writes
; dist\Workbench-setup-VERSION.exe. Installs for the current user (no administrator
; rights needed), a Start menu entry and .wbproj files opened with Workbench.

#define AppVersion "0.1.0"  ; keep equal to workbench/__init__.py's __version__

[Setup]
AppId={{5C7E2B1A-3F4D-4E8B-9A61-2D0B7C9E4F15}
AppName=Workbench
AppVersion={#AppVersion}
AppPublisher=Workbench developers
DefaultDirName={autopf}\Workbench
DefaultGroupName=Workbench
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=Workbench-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
ChangesAssociations=yes
UninstallDisplayIcon={app}\Workbench.exe

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Files]
Source: "..\dist\workbench\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Workbench"; Filename: "{app}\Workbench.exe"
Name: "{autodesktop}\Workbench"; Filename: "{app}\Workbench.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Registry]
Root: HKA; Subkey: "Software\Classes\.wbproj"; ValueType: string; ValueName: ""; ValueData: "Workbench.Project"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Workbench.Project"; ValueType: string; ValueName: ""; ValueData: "Workbench project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Workbench.Project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\Workbench.exe"" gui ""%1"""

[Run]
Filename: "{app}\Workbench.exe"; Description: "{cm:LaunchProgram,Workbench}"; Flags: nowait postinstall skipifsilent
