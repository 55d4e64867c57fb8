"""The whole meeting domain as SQLAlchemy 2 typed models.

Import from here; the modules below group the tables by agenda block.
"""

from facilitator.store.models.base import Base
from facilitator.store.models.conversation import (
    Feedback,
    GoodNewsItem,
    Reflection,
    ShoutOut,
    ValueExample,
)
from facilitator.store.models.evaluation import DimensionNote, SelfEvaluation
from facilitator.store.models.groups import BreakoutGroup, GroupMember, GroupNote, GroupPhoto
from facilitator.store.models.meeting import (
    AgendaBlock,
    AgendaBreak,
    Company,
    CompanyValue,
    Department,
    Meeting,
    Participant,
)
from facilitator.store.models.okr import KeyResult, Objective
from facilitator.store.models.preparation import PreparationCheck
from facilitator.store.models.room import (
    ConsentReveal,
    DotVote,
    QuestionVote,
    RoomConsent,
    RoomDot,
    RoomMessage,
    RoomQuestion,
    RoomScore,
)
from facilitator.store.models.summary import ActionItem

__all__ = [
    "ActionItem",
    "AgendaBlock",
    "AgendaBreak",
    "Base",
    "BreakoutGroup",
    "Company",
    "CompanyValue",
    "ConsentReveal",
    "Department",
    "DimensionNote",
    "DotVote",
    "Feedback",
    "GoodNewsItem",
    "GroupMember",
    "GroupNote",
    "GroupPhoto",
    "KeyResult",
    "Meeting",
    "Objective",
    "Participant",
    "PreparationCheck",
    "QuestionVote",
    "Reflection",
    "RoomConsent",
    "RoomDot",
    "RoomMessage",
    "RoomQuestion",
    "RoomScore",
    "SelfEvaluation",
    "ShoutOut",
    "ValueExample",
]
