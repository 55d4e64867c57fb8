"""PDF minutes (ReportLab) and the e-mail draft that carries them."""
