"""The agenda's blocks, one package each, listed in the meeting's order (as
`report/document.SECTIONS` lists the minutes' sections). `BlockPanels` builds them from
this list and loops over it; a block package imports no other block package.

The list is here rather than in the package's `__init__`: importing any part of a block
(a test, the presenter's statements) would otherwise load every block first."""

from __future__ import annotations

from facilitator.ui.blocks.closing.block import ClosingBlock
from facilitator.ui.blocks.contract import Block
from facilitator.ui.blocks.good_news.block import GoodNewsBlock
from facilitator.ui.blocks.new_okrs.block import NewOkrsBlock
from facilitator.ui.blocks.okr_reporting.block import OkrReportingBlock
from facilitator.ui.blocks.successes_learnings.block import SuccessesLearningsBlock
from facilitator.ui.blocks.summary.block import SummaryBlock

BLOCKS: tuple[type[Block], ...] = (
    GoodNewsBlock,
    OkrReportingBlock,
    SuccessesLearningsBlock,
    ClosingBlock,
    NewOkrsBlock,
    SummaryBlock,
)
