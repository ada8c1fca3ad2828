<#
.SYNOPSIS
Build LearnOrg Desktop for Windows: the PyInstaller bundle, a smoke test of it, and the Inno Setup installer.

.DESCRIPTION
Run from any folder, in PowerShell 7 (pwsh) or Windows PowerShell 5.1:
    powershell -ExecutionPolicy Bypass -File packaging\windows\build_windows.ps1
Needs Python 3.11 or newer (python.org installer, with the "py" launcher) and Inno Setup 6.3 or newer
(winget install JRSoftware.InnoSetup). Makes a throw-away virtual environment in packaging\.build-venv with the
application and PyInstaller, renders the icon, builds packaging\dist\learnorg-desktop\ (learnorg.exe for the
window, learnorg-cli.exe for the commands), checks it on a demo database (commands, then the window offscreen),
and writes packaging\dist\learnorg-desktop-<version>-windows-x64-setup.exe.

.PARAMETER Python
The interpreter that creates the build environment. Default: "py -3.12" when the py launcher exists, else python.

.PARAMETER Iscc
Path to Inno Setup's ISCC.exe. Default: found on PATH or in the usual install folders.

.PARAMETER SkipInstaller
Build and check the bundle only.
#>
param(
    [string]$Python = "",
    [string]$Iscc = "",
    [switch]$SkipInstaller
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root
$Venv = Join-Path $Root "packaging\.build-venv"
$Bundle = Join-Path $Root "packaging\dist\learnorg-desktop"
$PyInstallerSpec = "pyinstaller>=6.10,<7"
$Started = Get-Date

function Step([string]$Text) { Write-Host ""; Write-Host "== $Text" }

# Runs a program and stops the build when it fails. Native programs write warnings to stderr, which must not
# count as errors in Windows PowerShell 5.1, hence the local "Continue".
function Invoke-Checked([string]$File, [string[]]$Arguments) {
    $ErrorActionPreference = "Continue"
    & $File @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$File $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

Step "build environment ($Venv)"
if (-not (Test-Path (Join-Path $Venv "Scripts\python.exe"))) {
    if ($Python) {
        $parts = $Python -split " "
        Invoke-Checked $parts[0] (@($parts | Select-Object -Skip 1) + @("-m", "venv", $Venv))
    } elseif (Get-Command py -ErrorAction SilentlyContinue) {
        Invoke-Checked "py" @("-3.12", "-m", "venv", $Venv)
    } else {
        Invoke-Checked "python" @("-m", "venv", $Venv)
    }
}
$VenvPython = Join-Path $Venv "Scripts\python.exe"
Invoke-Checked $VenvPython @("-c", "import sys; sys.exit(sys.version_info < (3, 11))")
$pip = @("-m", "pip", "-q", "--disable-pip-version-check")
Invoke-Checked $VenvPython ($pip + @("install", "--upgrade", "pip"))
Invoke-Checked $VenvPython ($pip + @("install", $PyInstallerSpec, "."))
# The sources as they are now, even at an unchanged version number.
Invoke-Checked $VenvPython ($pip + @("install", "--no-deps", "--force-reinstall", "."))
$Version = (& $VenvPython -c "import learnorg_desktop; print(learnorg_desktop.__version__)").Trim()

Step "icon"
Invoke-Checked $VenvPython @("packaging\windows\make_icon.py", "packaging\build\learnorg.ico")

Step "bundle"
# The venv's pyinstaller.exe, not "python -m PyInstaller": that would put the repository root (the source
# checkout) first on sys.path and bundle it instead of the installed package (the spec refuses that).
$buildStart = Get-Date
Invoke-Checked (Join-Path $Venv "Scripts\pyinstaller.exe") @("--noconfirm", "--clean", "--log-level", "WARN",
    "--workpath", "packaging\build", "--distpath", "packaging\dist", "packaging\pyinstaller\learnorg.spec")
$buildSeconds = [int]((Get-Date) - $buildStart).TotalSeconds

Step "checks"
foreach ($required in @("learnorg.exe", "learnorg-cli.exe",
        "_internal\learnorg_desktop\storage\migrations\env.py",
        "_internal\learnorg_desktop\storage\migrations\versions\0001_initial_schema.py",
        "_internal\learnorg_desktop\resources\translations\learnorg_fr.qm",
        "_internal\learnorg_desktop\resources\icons\learnorg.svg",
        "_internal\matplotlib\mpl-data\matplotlibrc",
        "_internal\PySide6\translations\qtbase_fr.qm",
        "_internal\PySide6\plugins\platforms\qwindows.dll",
        "_internal\PySide6\plugins\iconengines\qsvgicon.dll")) {
    if (-not (Test-Path (Join-Path $Bundle $required))) { throw "the bundle lacks $required" }
}
Write-Host "files: all there"

$work = Join-Path ([System.IO.Path]::GetTempPath()) ("learnorg-check-" + [guid]::NewGuid())
New-Item -ItemType Directory -Path $work | Out-Null
$savedHome = $env:LEARNORG_HOME
$savedQpa = $env:QT_QPA_PLATFORM
try {
    $env:LEARNORG_HOME = Join-Path $work "data"
    $env:QT_QPA_PLATFORM = "offscreen"
    $cli = Join-Path $Bundle "learnorg-cli.exe"
    $demo = Join-Path $work "demo.sqlite3"
    Push-Location $work
    Invoke-Checked $cli @("--version")
    Invoke-Checked $cli @("init", "--db", (Join-Path $work "office.sqlite3"), "--office", "LYON",
        "--office-name", "Antenne de Lyon", "--templates", "fr")
    Invoke-Checked $cli @("demo", "--db", $demo, "--people", "300")
    Invoke-Checked $cli @("check", "--db", $demo)
    Invoke-Checked $cli @("report", (Join-Path $work "report.xlsx"), "--db", $demo, "--quiet")
    # The window, through the console executable so that its output can be read: prints first-paint-epoch= and
    # ready-epoch= once the people list is shown, then quits with 0 (1 on any error, no dialog).
    $ErrorActionPreference = "Continue"  # Qt's notes on stderr are not errors (Windows PowerShell 5.1)
    $out = (& $cli --db $demo --lang fr --exit-after-paint) -join "`n"
    $ErrorActionPreference = "Stop"
    if ($LASTEXITCODE -ne 0 -or $out -notmatch "first-paint-epoch=.*ready-epoch=") {
        throw "the window did not open on the demo database (exit $LASTEXITCODE): $out"
    }
    # The window-only executable: no output to read, but the exit code says whether it opened and quit cleanly.
    $gui = Start-Process -FilePath (Join-Path $Bundle "learnorg.exe") -Wait -PassThru `
        -ArgumentList @("--db", "`"$demo`"", "--lang", "fr", "--exit-after-paint")
    if ($gui.ExitCode -ne 0) { throw "learnorg.exe exited with code $($gui.ExitCode)" }
    Write-Host "window: opened offscreen on the demo database and quit cleanly (learnorg-cli.exe and learnorg.exe)"
} finally {
    Pop-Location
    $env:LEARNORG_HOME = $savedHome
    $env:QT_QPA_PLATFORM = $savedQpa
    Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue
}

if (-not $SkipInstaller) {
    Step "installer"
    if (-not $Iscc) {
        $candidates = @((Get-Command iscc -ErrorAction SilentlyContinue | ForEach-Object { $_.Source }),
            "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
            "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe")
        $Iscc = $candidates | Where-Object { $_ -and (Test-Path $_) } | Select-Object -First 1
        if (-not $Iscc) { throw "ISCC.exe not found: install Inno Setup 6.3+ (winget install JRSoftware.InnoSetup)" }
    }
    Invoke-Checked $Iscc @("/Q", "/DAppVersion=$Version", "packaging\windows\learnorg.iss")
}

Step "done"
$files = Get-ChildItem -Recurse -File $Bundle
$megabytes = [math]::Round(($files | Measure-Object -Property Length -Sum).Sum / 1MB)
Write-Host "bundle:    $Bundle  $megabytes MB ($($files.Count) files)"
if (-not $SkipInstaller) {
    $setup = Join-Path $Root "packaging\dist\learnorg-desktop-$Version-windows-x64-setup.exe"
    Write-Host "installer: $setup  $([math]::Round((Get-Item $setup).Length / 1MB)) MB"
}
Write-Host "times:     PyInstaller $buildSeconds s, whole script $([int]((Get-Date) - $Started).TotalSeconds) s"
