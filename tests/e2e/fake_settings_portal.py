"""A stand-in for xdg-desktop-portal's Settings interface: the desktop's colour scheme and
contrast, as Qt's GNOME platform theme reads them (ReadAll) and follows them (SettingChanged).

Run with Debian's system Python (python3-gi) on a private session bus. Arguments: the
colour scheme (0 no preference, 1 dark, 2 light), the contrast (0 normal, 1 high) and the
seconds to wait before answering the first ReadAll, as a slow desktop does. Then each line
on stdin, "color-scheme N" or "contrast N", changes a setting and signals it. Prints
"ready" once it owns its bus name.
"""

import sys
import time

from gi.repository import Gio, GLib

NAMESPACE = "org.freedesktop.appearance"
INTERFACE = """
<node>
  <interface name="org.freedesktop.portal.Settings">
    <method name="ReadAll">
      <arg type="as" name="namespaces" direction="in"/>
      <arg type="a{sa{sv}}" name="value" direction="out"/>
    </method>
    <method name="Read">
      <arg type="s" name="namespace" direction="in"/>
      <arg type="s" name="key" direction="in"/>
      <arg type="v" name="value" direction="out"/>
    </method>
    <method name="ReadOne">
      <arg type="s" name="namespace" direction="in"/>
      <arg type="s" name="key" direction="in"/>
      <arg type="v" name="value" direction="out"/>
    </method>
    <signal name="SettingChanged">
      <arg type="s" name="namespace"/>
      <arg type="s" name="key"/>
      <arg type="v" name="value"/>
    </signal>
    <property name="version" type="u" access="read"/>
  </interface>
</node>
"""
settings = {"color-scheme": int(sys.argv[1]), "contrast": int(sys.argv[2])}
first_answer_delay = float(sys.argv[3])
connection: Gio.DBusConnection | None = None


def values() -> dict:
    return {key: GLib.Variant("u", value) for key, value in settings.items()}


def on_call(conn, sender, path, interface, method, parameters, invocation) -> None:
    global first_answer_delay
    if first_answer_delay:
        time.sleep(first_answer_delay)  # the desktop is slow to answer the first time
        first_answer_delay = 0.0
    if method == "ReadAll":
        answer = {NAMESPACE: values()} if NAMESPACE in parameters[0] or not parameters[0] else {}
        invocation.return_value(GLib.Variant("(a{sa{sv}})", (answer,)))
    elif parameters[0] == NAMESPACE and parameters[1] in settings:
        value = GLib.Variant("u", settings[parameters[1]])
        inner = value if method == "ReadOne" else GLib.Variant("v", value)
        invocation.return_value(GLib.Variant("(v)", (inner,)))
    else:
        invocation.return_dbus_error("org.freedesktop.portal.Error.NotFound", "not found")


def on_property(*_args) -> GLib.Variant:
    return GLib.Variant("u", 2)


def on_bus(conn, name) -> None:
    global connection
    connection = conn
    info = Gio.DBusNodeInfo.new_for_xml(INTERFACE).interfaces[0]
    conn.register_object("/org/freedesktop/portal/desktop", info, on_call, on_property, None)


def on_name(conn, name) -> None:
    print("ready", flush=True)


def on_line(channel, condition) -> bool:
    line = sys.stdin.readline()
    if not line:
        loop.quit()
        return False
    key, value = line.split()
    settings[key] = int(value)
    connection.emit_signal(
        None,
        "/org/freedesktop/portal/desktop",
        "org.freedesktop.portal.Settings",
        "SettingChanged",
        GLib.Variant("(ssv)", (NAMESPACE, key, GLib.Variant("u", int(value)))),
    )
    print(f"changed {key} {value}", flush=True)
    return True


Gio.bus_own_name(
    Gio.BusType.SESSION,
    "org.freedesktop.portal.Desktop",
    Gio.BusNameOwnerFlags.NONE,
    on_bus,
    on_name,
    None,
)
GLib.io_add_watch(GLib.IOChannel.unix_new(sys.stdin.fileno()), GLib.IO_IN | GLib.IO_HUP, on_line)
loop = GLib.MainLoop()
loop.run()
