"""Running the meeting: the controller, the control panel and the screen-saver hold."""
