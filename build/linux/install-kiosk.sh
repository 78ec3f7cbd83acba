#!/bin/sh
# Turns a fresh Debian/Ubuntu PC into a relief kiosk (run as root from the unpacked release or
# the repository): installs cage, the kiosk .deb, a dedicated `kiosk` user, the session unit,
# its PAM file, the settings file and the USB rule, then boots into the kiosk.
#   sudo build/linux/install-kiosk.sh path/to/relief-kiosk_<version>_amd64.deb
# Safe to run again (an upgrade): existing /etc/relief-kiosk/kiosk.conf is kept.
set -eu

here="$(cd "$(dirname "$0")" && pwd)"
deb="${1:-}"
if [ "$(id -u)" -ne 0 ]; then echo "Run as root (sudo)." >&2; exit 1; fi
if [ -z "$deb" ] || [ ! -f "$deb" ]; then echo "Usage: $0 relief-kiosk_<version>_amd64.deb" >&2; exit 2; fi

apt-get update
apt-get install -y cage wlr-randr
apt-get install -y "$(realpath "$deb")"

# A user with no password and no sudo; logind gives its session the screen and input devices.
if ! id kiosk >/dev/null 2>&1; then
  useradd --create-home --shell /usr/sbin/nologin kiosk
  passwd --lock kiosk
fi

install -D -m 0644 "$here/relief-kiosk.service" /etc/systemd/system/relief-kiosk.service
install -D -m 0644 "$here/relief-kiosk.pam" /etc/pam.d/relief-kiosk
install -D -m 0755 "$here/relief-kiosk-session" /usr/lib/relief-kiosk/relief-kiosk-session
[ -f /etc/relief-kiosk/kiosk.conf ] || install -D -m 0644 "$here/kiosk.conf" /etc/relief-kiosk/kiosk.conf
install -D -m 0644 "$here/99-relief-kiosk-usb.rules" /etc/udev/rules.d/99-relief-kiosk-usb.rules
udevadm control --reload

systemctl daemon-reload
systemctl disable getty@tty1.service || true
systemctl set-default graphical.target
systemctl enable relief-kiosk.service
echo "Installed. Reboot, or start now with: systemctl start relief-kiosk"
