import pytest

from reader.core.importing.language_guess import guess_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("پاکستان میں پانی کی کمی ہے", "ur"),
        ("تھرپارکر کے لوگ روز پانی لاتے تھے", "ur"),
        ("پاکستان ميں پاني کي کمي ہے", "ur"),  # Arabic yeh, as in Windows-1256 files
        ("این کتاب بسیار خوب است و من آن را دوست دارم", "fa"),
        ("ما به مدرسه رفتیم", "fa"),
        ("گل پژمرده", "fa"),
        ("ذهبت إلى المدرسة في الصباح مع صديقتي", "ar"),
        ("المدينة الكبيرة", "ar"),
        ("هذه مكتبة جميلة", "ar"),
        ("The water of the village is clean", "en"),
        ("It was a dry year in the south", "en"),
        ("यह एक किताब है", "hi"),
        ("Это книга", "ru"),
        ("ਇਹ ਕਿਤਾਬ ਹੈ", "pa"),
    ],
)
def test_the_language_is_found_from_script_and_words(text, language):
    assert guess_language(text) == language


@pytest.mark.parametrize("text", ["Le chat est sur la table", "12345 !!", ""])
def test_no_guess_when_the_text_does_not_say(text):
    assert guess_language(text) is None
