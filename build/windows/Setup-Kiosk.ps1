<#
.SYNOPSIS
  Makes this Windows PC a relief kiosk: a dedicated local user that signs in automatically and
  gets the kiosk app as its only shell (Shell Launcher), restarted whenever it exits.

.DESCRIPTION
  Run once, as Administrator, after installing "Relief Kiosk Setup <version>.exe":
    powershell -ExecutionPolicy Bypass -File Setup-Kiosk.ps1 -DailyRestart 04:00
  Needs Windows 10/11 Enterprise, Education or IoT Enterprise (Shell Launcher). On Pro, use
  Assigned Access or the scheduled-task fallback in README.md instead.
  Safe to run again: an existing user is kept; the shell settings are replaced.

.PARAMETER KioskUser
  The local account the kiosk runs as (created if missing; not an administrator).
.PARAMETER AppPath
  The installed kiosk executable.
.PARAMETER DailyRestart
  HH:MM for the daily restart at a quiet hour; empty for none.
.PARAMETER DisplayHours
  Opening hours (e.g. "Mo-Su 05:30-23:30") while the screen must stay on; empty = always on.
.PARAMETER NoAutoLogon
  Do not configure automatic sign-in (for example when it is set with Sysinternals Autologon).
#>
[CmdletBinding()]
param(
  [string]$KioskUser = 'kiosk',
  [string]$AppPath = "$env:ProgramFiles\Relief Kiosk\relief-kiosk.exe",
  [ValidatePattern('^$|^([01]\d|2[0-3]):[0-5]\d$')][string]$DailyRestart = '04:00',
  [string]$DisplayHours = '',
  [switch]$NoAutoLogon
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$principal = [Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()
if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
  throw 'Run this script as Administrator.'
}
if (-not (Test-Path -LiteralPath $AppPath)) {
  throw "The kiosk is not installed at $AppPath. Run the installer first, or pass -AppPath."
}

# 1. The kiosk user: a standard account with a long random password nobody needs to know.
$password = $null
if (-not (Get-LocalUser -Name $KioskUser -ErrorAction SilentlyContinue)) {
  $chars = [char[]]'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789'
  $plain = -join (1..24 | ForEach-Object { $chars | Get-Random })
  $password = ConvertTo-SecureString $plain -AsPlainText -Force
  New-LocalUser -Name $KioskUser -Password $password -FullName 'Relief kiosk' `
    -Description 'Runs the relief kiosk only' -PasswordNeverExpires -UserMayNotChangePassword | Out-Null
  Add-LocalGroupMember -Group 'Users' -Member $KioskUser
  Write-Host "Created user $KioskUser."
} else {
  Write-Host "User $KioskUser exists; keeping it."
}
$sid = (New-Object Security.Principal.NTAccount($KioskUser)).Translate(
  [Security.Principal.SecurityIdentifier]).Value

# 2. Shell Launcher: the kiosk replaces Explorer for this user only; 0 = restart it on exit.
$feature = Get-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher
if ($feature.State -ne 'Enabled') {
  Enable-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher -All -NoRestart | Out-Null
  Write-Host 'Enabled the Shell Launcher feature; reboot, then run this script again.'
  exit 3
}
$arguments = @('--hide-cursor')
if ($DailyRestart) { $arguments += "--daily-restart=$DailyRestart" }
if ($DisplayHours) { $arguments += "--display-hours=`"$DisplayHours`"" }
$shell = "`"$AppPath`" $($arguments -join ' ')"

$namespace = 'root\standardcimv2\embedded'
$restartShell = 0
Invoke-CimMethod -Namespace $namespace -ClassName WESL_UserSetting -MethodName SetDefaultShell `
  -Arguments @{ Shell = 'explorer.exe'; DefaultAction = $restartShell } | Out-Null
Invoke-CimMethod -Namespace $namespace -ClassName WESL_UserSetting -MethodName SetCustomShell `
  -Arguments @{ Sid = $sid; Shell = $shell; DefaultAction = $restartShell } | Out-Null
Invoke-CimMethod -Namespace $namespace -ClassName WESL_UserSetting -MethodName SetEnabled `
  -Arguments @{ Enabled = $true } | Out-Null
Write-Host "Shell for ${KioskUser}: $shell"

# 3. Automatic sign-in. Winlogon keeps DefaultPassword in the registry in clear text; prefer
#    Sysinternals Autologon (stores it as an LSA secret) and pass -NoAutoLogon.
if (-not $NoAutoLogon) {
  if (-not $password) {
    $password = Read-Host "Password of $KioskUser (for automatic sign-in)" -AsSecureString
  }
  $plainPassword = [Runtime.InteropServices.Marshal]::PtrToStringUni(
    [Runtime.InteropServices.Marshal]::SecureStringToGlobalAllocUnicode($password))
  $winlogon = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon'
  Set-ItemProperty -Path $winlogon -Name AutoAdminLogon -Value '1'
  Set-ItemProperty -Path $winlogon -Name DefaultUserName -Value $KioskUser
  Set-ItemProperty -Path $winlogon -Name DefaultDomainName -Value $env:COMPUTERNAME
  Set-ItemProperty -Path $winlogon -Name DefaultPassword -Value $plainPassword
  Write-Host "Automatic sign-in set for $KioskUser."
}

# 4. Screen and power: never sleep or hibernate (the app keeps the display on during its hours).
powercfg /change standby-timeout-ac 0
powercfg /change hibernate-timeout-ac 0
powercfg /change monitor-timeout-ac 0

Write-Host 'Done. Restart the PC: it signs in as the kiosk user and shows the kiosk.'
