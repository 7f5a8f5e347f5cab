@echo off
rem Copyright (c) 2026 Rapport contributors
rem SPDX-License-Identifier: EPL-2.0
rem
rem Run on Windows with a JDK 17 (jlink, jpackage) and the WiX Toolset 3 on the PATH (jpackage needs it for .msi):
rem turns the unpacked rapport-*-win32.win32.x86_64.zip into an installer with its own trimmed Java runtime, a
rem Start menu entry and rapport.exe. Carried for Windows; it cannot run where the project is built (Linux).
rem   package.cmd PRODUCT-FOLDER OUT-FOLDER [VERSION]
setlocal enabledelayedexpansion
if "%~2"=="" (
  echo usage: package.cmd PRODUCT-FOLDER OUT-FOLDER [VERSION] 1>&2
  exit /b 2
)
set "PRODUCT=%~f1"
set "OUT=%~f2"
set "VERSION=%~3"
if "%VERSION%"=="" set "VERSION=0.1.0"
set "HERE=%~dp0"
set "MODULES="
for /f "usebackq eol=# tokens=*" %%m in ("%HERE%..\runtime-modules.txt") do (
  if defined MODULES (set "MODULES=!MODULES!,%%m") else (set "MODULES=%%m")
)
set "LAUNCHER="
for %%f in ("%PRODUCT%\plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=plugins\%%~nxf"
if not defined LAUNCHER (
  echo package.cmd: no plugins\org.eclipse.equinox.launcher_*.jar in %PRODUCT% 1>&2
  exit /b 1
)
if exist "%OUT%" rmdir /s /q "%OUT%"
mkdir "%OUT%"
jlink --add-modules %MODULES% --strip-debug --no-header-files --no-man-pages --compress=2 --output "%OUT%\runtime" || exit /b 1
rem the workbench's configuration goes to the user's profile: Program Files is read-only
jpackage --type app-image --dest "%OUT%" --name Rapport --app-version %VERSION% --vendor "Rapport contributors" ^
  --description "Plan, run and review your professional networking" ^
  --runtime-image "%OUT%\runtime" --input "%PRODUCT%" --main-jar "%LAUNCHER%" ^
  --main-class org.eclipse.equinox.launcher.Main ^
  --java-options "-Xms256m -Xmx2g -Dosgi.configuration.cascaded=true -Dosgi.sharedConfiguration.area=$APPDIR/configuration -Dosgi.configuration.area=@user.home/.rapport/configuration" ^
  || exit /b 1
rem jpackage puts every jar of the input on the class path; the Equinox launcher alone belongs there
powershell -NoProfile -Command "$f='%OUT%\Rapport\app\Rapport.cfg'; (Get-Content $f) | Where-Object { -not ($_ -like 'app.classpath=*') -or ($_ -like '*org.eclipse.equinox.launcher_*') } | Set-Content $f" || exit /b 1
jpackage --type msi --dest "%OUT%" --app-image "%OUT%\Rapport" --name Rapport --app-version %VERSION% ^
  --vendor "Rapport contributors" --win-menu --win-menu-group Rapport --win-shortcut --win-dir-chooser || exit /b 1
echo package.cmd: the installer is in %OUT%
