"""What each agenda block shows in the control window while it is run."""
