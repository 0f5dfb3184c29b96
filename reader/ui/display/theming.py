"""The whole interface in the reader's colours and size: menus, panels, dialogs."""

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QComboBox

from reader.core.display.appearance import Appearance
from reader.core.display.themes import BUILT_IN_THEMES, CUSTOM_THEME_NAME, Theme, theme_label
from reader.ui.display.fonts import NASKH_FAMILY

FOCUS_WIDTH_PX = 3  # thick enough to find at a glance (WCAG 2.4.7, 2.4.13)


def add_theme_choices(box: QComboBox) -> None:
    """Every built-in theme, then the reader's own colours; each item's data is its name."""
    for theme in BUILT_IN_THEMES:
        box.addItem(theme_label(theme.name), theme.name)
    box.addItem(QCoreApplication.translate("theming", "Custom colours"), CUSTOM_THEME_NAME)


def interface_palette(theme: Theme) -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: theme.panel_background,
        QPalette.ColorRole.WindowText: theme.panel_text,
        QPalette.ColorRole.Base: theme.panel_background,
        QPalette.ColorRole.AlternateBase: theme.background,
        QPalette.ColorRole.Text: theme.panel_text,
        QPalette.ColorRole.Button: theme.panel_background,
        QPalette.ColorRole.ButtonText: theme.panel_text,
        QPalette.ColorRole.ToolTipBase: theme.panel_background,
        QPalette.ColorRole.ToolTipText: theme.panel_text,
        QPalette.ColorRole.PlaceholderText: theme.dim_text,
        QPalette.ColorRole.Highlight: theme.selection_background,
        QPalette.ColorRole.HighlightedText: theme.selection_text,
        QPalette.ColorRole.Link: theme.link,
        QPalette.ColorRole.BrightText: theme.panel_text,
        # Fusion draws frames, check boxes, separators and scroll-bar handles from these;
        # left at their light defaults they vanish on a black panel.
        QPalette.ColorRole.Light: theme.panel_background,
        QPalette.ColorRole.Midlight: theme.panel_background,
        QPalette.ColorRole.Mid: theme.dim_text,
        QPalette.ColorRole.Dark: theme.dim_text,
        QPalette.ColorRole.Shadow: theme.dim_text,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(theme.dim_text))
    return palette


def focus_stylesheet(theme: Theme) -> str:
    """A thick focus ring in the theme's focus colour on every control that takes focus."""
    ring = f"border: {FOCUS_WIDTH_PX}px solid {theme.focus};"
    quiet = f"border: 1px solid {theme.dim_text};"
    # Spin boxes are left to Fusion (a style sheet on them loses their arrows); the line
    # edit inside one takes the QLineEdit ring.
    fields = "QLineEdit, QComboBox, QAbstractItemView"
    focused_fields = ", ".join(f"{name.strip()}:focus" for name in fields.split(","))
    selected = f"background: {theme.selection_background}; color: {theme.selection_text};"
    box = f"border: 2px solid {theme.panel_text}; background: {theme.panel_background};"
    return "\n".join(
        [
            f"{fields} {{ {quiet} padding: 2px; }}",
            f"{focused_fields} {{ {ring} }}",
            f"QTextBrowser {{ border: {FOCUS_WIDTH_PX}px solid transparent; }}",
            f"QTextBrowser:focus {{ {ring} }}",
            f"QPushButton, QToolButton {{ {quiet} padding: 3px 8px; border-radius: 3px; }}",
            f"QPushButton:focus, QToolButton:focus {{ {ring} }}",
            f"QToolButton:checked {{ {selected} }}",
            f"QCheckBox:focus, QRadioButton:focus, QSlider:focus {{ {ring} }}",
            # A check box drawn in the theme: an empty box, filled when checked.
            f"QCheckBox::indicator, QMenu::indicator {{ width: 0.9em; height: 0.9em; {box} }}",
            f"QCheckBox::indicator:checked, QMenu::indicator:checked {{"
            f" background: {theme.selection_background}; }}",
            f"QMenu {{ border: 1px solid {theme.panel_text}; }}",
            f"QMenu::item:selected, QMenuBar::item:selected {{ {selected} }}",
        ]
    )


# The interface face for a language's script, ahead of the system's own: Nastaliq is too
# tall for menus and buttons (resources/fonts/README.md), so Urdu menus are in Naskh.
INTERFACE_FAMILIES = {QLocale.Script.ArabicScript: NASKH_FAMILY}
SYSTEM_FONT_PROPERTY = "readerSystemFont"
SHOWN_INTERFACE_PROPERTY = "readerShownInterface"


def apply_interface(app: QApplication, appearance: Appearance) -> bool:
    """Colour and size the interface; the article view has its own palette for the page.

    Cheapest before the window's widgets exist: a style sheet set later re-polishes all.
    Asked again for what is already shown (the start-up and then the window's controller
    both ask), it does nothing and answers False. The face follows the interface
    language's script (QLocale(), set by reader.ui.display.language).
    """
    theme = appearance.theme_colours()
    script = QLocale().script()
    shown = repr((theme, appearance.interface_scale, script))
    if app.property(SHOWN_INTERFACE_PROPERTY) == shown:
        return False
    app.setProperty(SHOWN_INTERFACE_PROPERTY, shown)
    app.setPalette(interface_palette(theme))
    system_font = app.property(SYSTEM_FONT_PROPERTY)
    if not isinstance(system_font, QFont):  # the first call: remember the system's own size
        system_font = QFont(app.font())
        app.setProperty(SYSTEM_FONT_PROPERTY, system_font)
    font = QFont(system_font)
    font.setPointSizeF(system_font.pointSizeF() * appearance.interface_scale)
    if script in INTERFACE_FAMILIES:  # Latin letters and digits fall through to the system's
        font.setFamilies([INTERFACE_FAMILIES[script], *system_font.families()])
    app.setFont(font)
    app.setStyleSheet(focus_stylesheet(theme))
    return True
