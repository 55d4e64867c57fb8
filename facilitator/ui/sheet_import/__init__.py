"""One import from a spreadsheet (Excel, LibreOffice or CSV) for the participants, last
quarter's OKRs and the new OKRs: pick the file, the sheet and the header row, see the first
rows, map columns to fields, see what will be refused and why, then import."""
