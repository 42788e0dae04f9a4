@echo off
rem SmileFactory Hub - launcher of the Windows distribution (decision 0028).
rem
rem Needs only a Java 17+ runtime: %JAVA_HOME%\bin\java.exe if JAVA_HOME is set, else java.exe on the PATH.
rem Arguments go to the app unchanged (--kiosk=EVENT-ID, --data-dir=PATH, --backup, ...).
rem   set SMILEFACTORY_RENDERING=software   draw with JavaFX's software pipeline (-Dprism.order=sw), for a
rem                                         machine whose graphics driver fails; by default JavaFX picks D3D
rem   set SMILEFACTORY_JAVA_OPTS=...        extra JVM options, e.g. -Xmx2g
rem Every path is quoted, so the distribution may sit in "C:\Users\Tendai Moyo\Données".
setlocal

set "APP_HOME=%~dp0"
if "%APP_HOME:~-1%"=="\" set "APP_HOME=%APP_HOME:~0,-1%"

if not defined JAVA_HOME goto javaFromPath
set "JAVACMD=%JAVA_HOME%\bin\java.exe"
if exist "%JAVACMD%" goto haveJava
echo SmileFactory Hub: JAVA_HOME is set to "%JAVA_HOME%", but it has no bin\java.exe. Point JAVA_HOME at a Java 17 (or newer) installation. 1>&2
exit /b 1

:javaFromPath
set "JAVACMD=java.exe"
where java.exe >nul 2>&1
if not errorlevel 1 goto haveJava
echo SmileFactory Hub needs Java 17 or newer: install one and put java.exe on the PATH, or set JAVA_HOME. 1>&2
exit /b 1

:haveJava
set "RENDERING="
if /i "%SMILEFACTORY_RENDERING%"=="software" set "RENDERING=-Dprism.order=sw"
if /i "%SMILEFACTORY_RENDERING%"=="sw" set "RENDERING=-Dprism.order=sw"

rem JavaFX (this platform's jars) on the module path, the app and its libraries on the class path; the
rem class path wildcard is java's own.
"%JAVACMD%" -Xmx1g -Dfile.encoding=UTF-8 %RENDERING% %SMILEFACTORY_JAVA_OPTS% --module-path "%APP_HOME%\javafx" --add-modules @JAVAFX_MODULES@ -cp "%APP_HOME%\lib\*" @MAIN_CLASS@ %*
exit /b %ERRORLEVEL%
