"""How text looks: themes and WCAG contrast, the reader's appearance, its stylesheet and
its file."""
