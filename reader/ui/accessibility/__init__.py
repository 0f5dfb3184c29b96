"""What Reader tells assistive technology beyond Qt's own: announcements to screen readers."""
