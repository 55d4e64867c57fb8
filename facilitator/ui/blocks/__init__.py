"""The agenda's blocks: one package per block (`registry.BLOCKS` lists them in order),
the contract each keeps (`contract.py`), the parts several share (`parts/`), and the
window's holder of them all (`block_panels.py`)."""
