"""One place that turns a refused or failed edit into the model's signals."""

from __future__ import annotations

from collections.abc import Callable

from facilitator.domain.validation import ValidationError
from facilitator.messages import validation_message
from facilitator.store.errors import StoreError


def attempt_edit(
    save: Callable[[], object],
    on_invalid: Callable[[str], object],
    on_store_error: Callable[[StoreError], object],
) -> bool:
    """Run a store edit; bad input goes to `on_invalid` as a message, a store failure to
    `on_store_error`. True when the edit was saved."""
    try:
        save()
    except ValidationError as error:
        on_invalid(validation_message(error))
        return False
    except StoreError as error:
        on_store_error(error)
        return False
    return True
