"""Read-aloud: the controller, its engine thread, the player, its toolbar and audio export."""
