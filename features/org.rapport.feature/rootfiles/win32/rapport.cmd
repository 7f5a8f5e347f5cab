@echo off
rem Copyright (c) 2026 Rapport contributors
rem SPDX-License-Identifier: EPL-2.0
rem
rem Starts Rapport (there is no native Eclipse launcher) with the Java 17 or newer of JAVA_HOME or the PATH,
rem without a console window.  rapport.cmd [PLAN.rapport ...]
setlocal
set "JAVA=javaw.exe"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\javaw.exe"
set "LAUNCHER="
for %%f in ("%~dp0plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~ff"
if not defined LAUNCHER (
  echo Rapport: no plugins\org.eclipse.equinox.launcher_*.jar beside this script 1>&2
  exit /b 1
)
start "Rapport" "%JAVA%" -Xms256m -Xmx2g -jar "%LAUNCHER%" %*
