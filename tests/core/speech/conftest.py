from collections.abc import Iterator

import pytest

from reader.core.speech.synthesiser import Synthesiser


@pytest.fixture(scope="session")
def synthesiser() -> Iterator[Synthesiser]:
    engine = Synthesiser()
    yield engine
    engine.close()
