<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
<context>
    <name>AppearanceController</name>
    <message>
        <source>Show Reader in the {name} colours</source>
        <translation>ریڈر کو {name} رنگوں میں دکھائیں</translation>
    </message>
    <message>
        <source>&amp;Follow the System's Colours</source>
        <translation>سسٹم کے رنگوں کی پیروی کریں (&amp;F)</translation>
    </message>
    <message>
        <source>Use the dark, light or high-contrast theme the system asks for</source>
        <translation>وہ تاریک، روشن یا زیادہ کنٹراسٹ والی تھیم استعمال کریں جو سسٹم چاہتا ہے</translation>
    </message>
    <message>
        <source>Settings for This &amp;Article Only</source>
        <translation>صرف اس مضمون کی ترتیبات (&amp;A)</translation>
    </message>
    <message>
        <source>Text size, font, spacing and colours changed now apply to this article alone</source>
        <translation>اب بدلا گیا متن کا سائز، فونٹ، فاصلے اور رنگ صرف اسی مضمون پر لاگو ہوں گے</translation>
    </message>
    <message>
        <source>Hyphenate &amp;Words</source>
        <translation>الفاظ میں ہائفن (&amp;W)</translation>
    </message>
    <message>
        <source>Break long words at line ends with a hyphen, for even gaps in the text</source>
        <translation>لمبے الفاظ کو سطر کے آخر میں ہائفن کے ساتھ توڑیں، تاکہ متن میں فاصلے برابر رہیں</translation>
    </message>
    <message>
        <source>&amp;Use for All Articles</source>
        <translation>تمام مضامین کے لیے استعمال کریں (&amp;U)</translation>
    </message>
    <message>
        <source>Make this article's display settings the usual ones for every article</source>
        <translation>اس مضمون کی ڈسپلے ترتیبات کو ہر مضمون کی معمول کی ترتیبات بنا دیں</translation>
    </message>
    <message>
        <source>&amp;Reset This Article</source>
        <translation>اس مضمون کی ترتیبات بحال کریں (&amp;R)</translation>
    </message>
    <message>
        <source>Show this article in the usual display settings again</source>
        <translation>یہ مضمون دوبارہ معمول کی ڈسپلے ترتیبات میں دکھائیں</translation>
    </message>
    <message>
        <source>Footnotes shown.</source>
        <translation>حواشی دکھائے جا رہے ہیں۔</translation>
    </message>
    <message>
        <source>Footnotes hidden.</source>
        <translation>حواشی چھپا دیے گئے۔</translation>
    </message>
    <message>
        <source>Pictures shown.</source>
        <translation>تصاویر دکھائی جا رہی ہیں۔</translation>
    </message>
    <message>
        <source>Pictures hidden; their descriptions are shown.</source>
        <translation>تصاویر چھپا دی گئیں؛ ان کی وضاحتیں دکھائی جا رہی ہیں۔</translation>
    </message>
    <message>
        <source>Note markers shown.</source>
        <translation>نوٹ کے نشانات دکھائے جا رہے ہیں۔</translation>
    </message>
    <message>
        <source>Note markers hidden.</source>
        <translation>نوٹ کے نشانات چھپا دیے گئے۔</translation>
    </message>
    <message>
        <source>Your display preferences could not be saved: {reason}.</source>
        <translation>آپ کی ڈسپلے ترجیحات محفوظ نہیں ہو سکیں: {reason}۔</translation>
    </message>
    <message>
        <source>Reading ruler on.</source>
        <translation>پڑھنے کی پٹی آن۔</translation>
    </message>
    <message>
        <source>Reading ruler off.</source>
        <translation>پڑھنے کی پٹی آف۔</translation>
    </message>
    <message>
        <source>Hyphenation on.</source>
        <translation>ہائفن بندی چالو۔</translation>
    </message>
    <message>
        <source>Hyphenation off.</source>
        <translation>ہائفن بندی بند۔</translation>
    </message>
    <message>
        <source>Theme: {name}.</source>
        <translation>تھیم: {name}۔</translation>
    </message>
    <message>
        <source>Theme: {name}, as the system asks.</source>
        <translation>تھیم: {name}، جیسا کہ سسٹم چاہتا ہے۔</translation>
    </message>
    <message>
        <source>Display changes now apply to this article only.</source>
        <translation>ڈسپلے کی تبدیلیاں اب صرف اس مضمون پر لاگو ہوں گی۔</translation>
    </message>
    <message>
        <source>These display settings now apply to every article.</source>
        <translation>یہ ڈسپلے ترتیبات اب ہر مضمون پر لاگو ہیں۔</translation>
    </message>
    <message>
        <source>This article is shown in the usual display settings.</source>
        <translation>یہ مضمون معمول کی ڈسپلے ترتیبات میں دکھایا جا رہا ہے۔</translation>
    </message>
    <message>
        <source>Text size {percent} %.</source>
        <translation>متن کا سائز {percent} %۔</translation>
    </message>
    <message>
        <source>Interface size {percent} %.</source>
        <translation>انٹرفیس کا سائز {percent} %۔</translation>
    </message>
</context>
<context>
    <name>ArticleNavigator</name>
    <message>
        <source>This link points to a place that is not in the article.</source>
        <translation>یہ لنک ایسی جگہ کی طرف ہے جو اس مضمون میں نہیں ہے۔</translation>
    </message>
    <message>
        <source>Nothing to go back or forward to.</source>
        <translation>پیچھے یا آگے جانے کے لیے کچھ نہیں۔</translation>
    </message>
    <message>
        <source>No more headings.</source>
        <translation>مزید کوئی سرخی نہیں۔</translation>
    </message>
    <message>
        <source>No earlier heading.</source>
        <translation>اس سے پہلے کوئی سرخی نہیں۔</translation>
    </message>
    <message>
        <source>End of article.</source>
        <translation>مضمون کا اختتام۔</translation>
    </message>
    <message>
        <source>Start of article.</source>
        <translation>مضمون کا آغاز۔</translation>
    </message>
    <message>
        <source>{title}. Section: {section}. {percent} % read.</source>
        <translation>{title}۔ حصہ: {section}۔ {percent} % پڑھ لیا۔</translation>
    </message>
    <message>
        <source>{percent} % read</source>
        <translation>{percent} % پڑھ لیا</translation>
    </message>
    <message>
        <source>Heading level {level}: {text}</source>
        <translation>سرخی، درجہ {level}: {text}</translation>
    </message>
</context>
<context>
    <name>ArticleStructure</name>
    <message>
        <source>Footnote {number}</source>
        <translation>حاشیہ {number}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کوڈ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <source>Highlight: {category}</source>
        <translation>نمایاں متن: {category}</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article</source>
        <translation>مضمون</translation>
    </message>
    <message>
        <source>Article text. Move with the arrow keys. H and Shift+H go to the next and previous heading, P and Shift+P to the next and previous paragraph.</source>
        <translation>مضمون کا متن۔ تیر والی کلیدوں سے چلیں۔ H اور Shift+H اگلی اور پچھلی سرخی پر، P اور Shift+P اگلے اور پچھلے پیرے پر لے جاتے ہیں۔</translation>
    </message>
    <message>
        <source>Article: {title}</source>
        <translation>مضمون: {title}</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <source>(orphaned)</source>
        <translation>(متن سے الگ)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>حصہ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>بُک مارکس</translation>
    </message>
    <message>
        <source>Bookmarks of the article in reading order. Enter jumps to one, F2 renames it, Delete deletes it and Ctrl+Z brings it back. Ctrl+Shift+A attaches an orphaned one to the text selected in the article. Escape goes back to the article.</source>
        <translation>مضمون کے بُک مارکس، پڑھنے کی ترتیب سے۔ Enter اس پر لے جاتا ہے، F2 اس کا نام بدلتا ہے، Delete اسے حذف کرتا ہے اور Ctrl+Z اسے واپس لاتا ہے۔ Ctrl+Shift+A متن سے الگ ہوئے بُک مارک کو مضمون میں منتخب متن سے جوڑ دیتا ہے۔ Escape مضمون پر واپس لے جاتا ہے۔</translation>
    </message>
</context>
<context>
    <name>ClearDataDialog</name>
    <message>
        <source>Clear My Data</source>
        <translation>میرا ڈیٹا صاف کریں</translation>
    </message>
    <message>
        <source>Choose what Reader should remove from this computer. What you remove cannot be brought back. Your articles are not touched.</source>
        <translation>چنیں کہ ریڈر اس کمپیوٹر سے کیا ہٹائے۔ جو آپ ہٹائیں گے وہ واپس نہیں لایا جا سکتا۔ آپ کے مضامین کو ہاتھ نہیں لگایا جاتا۔</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>ہٹائیں (&amp;R)</translation>
    </message>
</context>
<context>
    <name>ContentNotePage</name>
    <message>
        <source>Content note</source>
        <translation>مواد کے بارے میں انتباہ</translation>
    </message>
    <message>
        <source>&amp;Open the Article</source>
        <translation>مضمون کھولیں (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Back to the Library</source>
        <translation>لائبریری پر واپس جائیں (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Don't show this again for this article</source>
        <translation>اس مضمون کے لیے یہ دوبارہ نہ دکھائیں (&amp;D)</translation>
    </message>
    <message>
        <source>Don't show this again for this article</source>
        <translation>اس مضمون کے لیے یہ دوبارہ نہ دکھائیں</translation>
    </message>
    <message>
        <source>Content note: {title}</source>
        <translation>مواد کے بارے میں انتباہ: {title}</translation>
    </message>
    <message>
        <source>&amp;Where to get help: {title}</source>
        <translation>مدد کہاں سے ملے (&amp;W): {title}</translation>
    </message>
    <message>
        <source>Content note for {title}: {note}</source>
        <translation>{title} کے مواد کے بارے میں انتباہ: {note}</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>Edit Article Details</source>
        <translation>مضمون کی تفصیلات میں ترمیم کریں</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>عنوان (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>مصنف (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>ماخذ (&amp;S):</translation>
    </message>
    <message>
        <source>Where the text comes from</source>
        <translation>متن کہاں سے لیا گیا ہے</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>زبان (&amp;L):</translation>
    </message>
    <message>
        <source>A language tag, such as en for English or ur for Urdu</source>
        <translation>زبان کا ٹیگ، جیسے انگریزی کے لیے en یا اردو کے لیے ur</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>خلاصہ (&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Content note:</source>
        <translation>مواد کے بارے میں انتباہ (&amp;C):</translation>
    </message>
    <message>
        <source>Said before the article opens, such as the hard subjects it covers</source>
        <translation>مضمون کھلنے سے پہلے بتایا جاتا ہے، جیسے اس میں شامل مشکل موضوعات</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>چھوٹے بڑے حروف کا فرق رکھیں (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Ignore vowel marks and accents</source>
        <translation>اعراب اور لہجے کی علامات نظر انداز کریں (&amp;I)</translation>
    </message>
    <message>
        <source>Ignore vowel marks and accents</source>
        <translation>اعراب اور لہجے کی علامات نظر انداز کریں</translation>
    </message>
    <message>
        <source>When on, پاکستان finds پاکِستان and cafe finds café (Alt+I).</source>
        <translation>آن ہو تو پاکستان سے پاکِستان بھی ملتا ہے اور cafe سے café بھی (Alt+I)۔</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>پچھلا</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>پچھلا نتیجہ</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>پچھلا نتیجہ (Shift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>اگلا</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>اگلا نتیجہ</translation>
    </message>
    <message>
        <source>Next match (F3 or Enter)</source>
        <translation>اگلا نتیجہ (F3 یا Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>تلاش کی پٹی بند کریں</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>بند کریں (Escape)</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>نتائج</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>تلاش (&amp;D):</translation>
    </message>
    <message>
        <source>Text to find in the article</source>
        <translation>مضمون میں تلاش کرنے کے لیے متن</translation>
    </message>
    <message>
        <source>Find in the article</source>
        <translation>مضمون میں تلاش کریں</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>کچھ نہیں ملا</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n نتیجہ</numerusform>
            <numerusform>%n نتائج</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{current} of %n match(es)</source>
        <translation>
            <numerusform>%n میں سے {current} نتیجہ</numerusform>
            <numerusform>%n میں سے {current} نتیجہ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FocusMode</name>
    <message>
        <source>Focus mode: only the article. F11 brings the menus and panels back.</source>
        <translation>فوکس موڈ: صرف مضمون۔ F11 مینیو اور پینلز واپس لاتا ہے۔</translation>
    </message>
    <message>
        <source>Focus mode off.</source>
        <translation>فوکس موڈ بند۔</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Picture: {description}</source>
        <translation>تصویر: {description}</translation>
    </message>
    <message>
        <source>Picture without a description</source>
        <translation>بغیر وضاحت کے تصویر</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <source>Plus and minus zoom, 0 returns to the first size, arrows move, Escape closes.</source>
        <translation>پلس اور مائنس زوم کرتے ہیں، 0 پہلے سائز پر واپس لاتا ہے، تیر والی کلیدیں اسے سرکاتی ہیں، Escape بند کرتا ہے۔</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Add Articles</source>
        <translation>مضامین شامل کریں</translation>
    </message>
    <message>
        <source>Documents (*.html *.htm *.mhtml *.mht *.docx *.epub *.pdf *.txt);;All files (*)</source>
        <translation>دستاویزات (*.html *.htm *.mhtml *.mht *.docx *.epub *.pdf *.txt);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Articles are being added; please wait.</source>
        <translation>مضامین شامل کیے جا رہے ہیں؛ براہِ کرم انتظار کریں۔</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {reason}.</source>
        <translation>فولڈر {folder} نہیں بن سکا: {reason}۔</translation>
    </message>
    <message>
        <source>Adding articles…</source>
        <translation>مضامین شامل ہو رہے ہیں…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s) to the library.</source>
        <translation>
            <numerusform>%n فائل لائبریری میں شامل کی جا رہی ہے۔</numerusform>
            <numerusform>%n فائلیں لائبریری میں شامل کی جا رہی ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Added {title}.</source>
        <translation>{title} شامل ہو گیا۔</translation>
    </message>
    <message>
        <source>Articles Added</source>
        <translation>مضامین شامل ہو گئے</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>ریڈر</translation>
    </message>
    <message>
        <source>“{title}” came with Reader or with this installation and cannot be changed here; only articles in your articles folder can.</source>
        <translation>“{title}” ریڈر کے ساتھ یا اس تنصیب کے ساتھ آیا ہے اور یہاں بدلا نہیں جا سکتا؛ صرف آپ کے مضامین کے فولڈر والے مضامین بدلے جا سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Edit Article Details</source>
        <translation>مضمون کی تفصیلات میں ترمیم کریں</translation>
    </message>
    <message>
        <source>Details saved.</source>
        <translation>تفصیلات محفوظ ہو گئیں۔</translation>
    </message>
    <message>
        <source>Move “{title}” to the trash? Its bookmarks, highlights and notes are kept.</source>
        <translation>“{title}” کو ردی کی ٹوکری میں ڈالیں؟ اس کے بُک مارکس، نمایاں متن اور نوٹس رکھ لیے جاتے ہیں۔</translation>
    </message>
    <message>
        <source>Remove Article</source>
        <translation>مضمون ہٹائیں</translation>
    </message>
    <message>
        <source>“{title}” could not be moved to the trash (this system may have none); it is still in {folder}.</source>
        <translation>“{title}” ردی کی ٹوکری میں نہیں ڈالا جا سکا (شاید اس سسٹم میں ردی کی ٹوکری نہیں ہے)؛ یہ اب بھی {folder} میں ہے۔</translation>
    </message>
    <message>
        <source>“{title}” moved to the trash.</source>
        <translation>“{title}” ردی کی ٹوکری میں ڈال دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>%n article(s) added.</source>
        <translation>
            <numerusform>%n مضمون شامل کیا گیا۔</numerusform>
            <numerusform>%n مضامین شامل کیے گئے۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped.</source>
        <translation>
            <numerusform>%n فائل چھوڑ دی گئی۔</numerusform>
            <numerusform>%n فائلیں چھوڑ دی گئیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: added as “{title}”, in {language}.</source>
        <translation>{file}: “{title}” کے نام سے، {language} میں شامل ہو گیا۔</translation>
    </message>
    <message>
        <source>The language was found from the text; if it is wrong, change it with File, Edit Article Details.</source>
        <translation>زبان متن سے پہچانی گئی؛ اگر غلط ہو تو اسے فائل، مضمون کی تفصیلات میں ترمیم کریں سے بدلیں۔</translation>
    </message>
    <message>
        <source>{file}: skipped: {reason}</source>
        <translation>{file}: چھوڑ دی گئی: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) not imported.</source>
        <translation>
            <numerusform>منسوخ: %n فائل درآمد نہیں ہوئی۔</numerusform>
            <numerusform>منسوخ: %n فائلیں درآمد نہیں ہوئیں۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Title or text</source>
        <translation>عنوان یا متن</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>پڑھنے کی پیش رفت</translation>
    </message>
    <message>
        <source>Date published, newest first</source>
        <translation>اشاعت کی تاریخ، نئے پہلے</translation>
    </message>
    <message>
        <source>Date added, newest first</source>
        <translation>شامل کرنے کی تاریخ، نئے پہلے</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>تمام مضامین</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>بغیر پڑھے</translation>
    </message>
    <message>
        <source>Started, not finished</source>
        <translation>شروع کیے، مکمل نہیں کیے</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>مکمل پڑھے گئے</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>پڑھا گیا</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>لمبائی</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>مضامین</translation>
    </message>
    <message>
        <source>Enter opens the selected article. Delete takes a file added from elsewhere out of the library (the file stays). Escape goes back to the article.</source>
        <translation>Enter منتخب مضمون کھولتا ہے۔ Delete کسی اور جگہ سے شامل کی گئی فائل کو لائبریری سے نکال دیتا ہے (فائل اپنی جگہ رہتی ہے)۔ Escape مضمون پر واپس لے جاتا ہے۔</translation>
    </message>
    <message>
        <source>About the selected article</source>
        <translation>منتخب مضمون کے بارے میں</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>تلاش (&amp;S):</translation>
    </message>
    <message>
        <source>Search titles and text</source>
        <translation>عنوان اور متن میں تلاش کریں</translation>
    </message>
    <message>
        <source>S&amp;ort by:</source>
        <translation>ترتیب (&amp;O):</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>زبان (&amp;N):</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>دکھائیں (&amp;W):</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>تمام زبانیں</translation>
    </message>
    <message>
        <source>{title} (has a content note)</source>
        <translation>{title} (مواد کے بارے میں انتباہ کے ساتھ)</translation>
    </message>
    <message>
        <source>Cannot open {name}</source>
        <translation>{name} نہیں کھل سکتا</translation>
    </message>
    <message>
        <source>No articles match.</source>
        <translation>کوئی مضمون نہیں ملا۔</translation>
    </message>
    <message>
        <source>No articles yet.</source>
        <translation>ابھی کوئی مضمون نہیں۔</translation>
    </message>
    <message>
        <source>By {author}.</source>
        <translation>مصنف: {author}۔</translation>
    </message>
    <message>
        <source>Author unknown.</source>
        <translation>مصنف نامعلوم۔</translation>
    </message>
    <message>
        <source>Published {date}.</source>
        <translation>اشاعت: {date}۔</translation>
    </message>
    <message>
        <source>{words} words, about {time} to read.</source>
        <translation>{words} الفاظ، پڑھنے میں تقریباً {time}۔</translation>
    </message>
    <message>
        <source>Added {date}.</source>
        <translation>شامل کیا گیا: {date}۔</translation>
    </message>
    <message>
        <source>Kept where it is: {path}</source>
        <translation>اپنی جگہ پر رکھا گیا: {path}</translation>
    </message>
    <message>
        <source>Content note: {note}</source>
        <translation>مواد کے بارے میں انتباہ: {note}</translation>
    </message>
    <message>
        <source>Also in: {languages}</source>
        <translation>ان زبانوں میں بھی: {languages}</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>reading time</comment>
        <translation>
            <numerusform>%n منٹ</numerusform>
            <numerusform>%n منٹ</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} cannot be opened: {reason}</source>
        <translation>{path} نہیں کھل سکتا: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reading position</source>
        <translation>پڑھنے کا مقام</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>ریڈر</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>لائبریری</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>فہرستِ مضامین</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>بُک مارکس</translation>
    </message>
    <message>
        <source>Highlights and Notes</source>
        <translation>نمایاں متن اور نوٹس</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>تھیم (&amp;T)</translation>
    </message>
    <message>
        <source>Highlight &amp;As</source>
        <translation>اس طرح نمایاں کریں (&amp;A)</translation>
    </message>
    <message>
        <source>Show {panel} Panel</source>
        <translation>پینل دکھائیں: {panel}</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>ڈسپلے</translation>
    </message>
    <message>
        <source>Display toolbar</source>
        <translation>ڈسپلے ٹول بار</translation>
    </message>
    <message>
        <source>The colours of the page and the interface</source>
        <translation>صفحے اور انٹرفیس کے رنگ</translation>
    </message>
    <message>
        <source>The&amp;me:</source>
        <translation>تھیم (&amp;M):</translation>
    </message>
    <message>
        <source>No article called “{id}” is in the library.</source>
        <translation>لائبریری میں “{id}” نام کا کوئی مضمون نہیں۔</translation>
    </message>
    <message>
        <source>Cannot open {name}: {reason}</source>
        <translation>{name} نہیں کھل سکتا: {reason}</translation>
    </message>
    <message>
        <source>{title} — Reader</source>
        <translation>{title} — ریڈر</translation>
    </message>
    <message>
        <source>Opened {title}.</source>
        <translation>{title} کھل گیا۔</translation>
    </message>
    <message numerus="yes">
        <source>Library reloaded: %n article(s); cannot be opened: {problems}.</source>
        <translation>
            <numerusform>لائبریری دوبارہ لوڈ ہو گئی: %n مضمون؛ جو نہیں کھل سکتے: {problems}۔</numerusform>
            <numerusform>لائبریری دوبارہ لوڈ ہو گئی: %n مضامین؛ جو نہیں کھل سکتے: {problems}۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>مضمون کھولیں</translation>
    </message>
    <message>
        <source>This &amp;Article's Display</source>
        <translation>اس مضمون کا ڈسپلے (&amp;A)</translation>
    </message>
    <message>
        <source>Markdown articles (*.md *.markdown)</source>
        <translation>مارک ڈاؤن مضامین (*.md *.markdown)</translation>
    </message>
    <message>
        <source>{title} is added to the library; the file stays where it is.</source>
        <translation>{title} لائبریری میں شامل ہو گیا؛ فائل اپنی جگہ پر رہتی ہے۔</translation>
    </message>
    <message>
        <source>Copy an Article into My Articles Folder</source>
        <translation>مضمون میرے مضامین کے فولڈر میں کاپی کریں</translation>
    </message>
    <message>
        <source>Cannot copy {name} into {folder}: {reason}.</source>
        <translation>{name} کو {folder} میں کاپی نہیں کیا جا سکا: {reason}۔</translation>
    </message>
    <message>
        <source>{title} is copied into your articles folder.</source>
        <translation>{title} آپ کے مضامین کے فولڈر میں کاپی ہو گیا۔</translation>
    </message>
    <message>
        <source>{name} is taken out of the library; the file is not deleted.</source>
        <translation>{name} لائبریری سے نکال دیا گیا؛ فائل حذف نہیں ہوئی۔</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {reason}.</source>
        <translation>فولڈر {folder} نہیں بن سکا: {reason}۔</translation>
    </message>
    <message>
        <source>This article is not in another language.</source>
        <translation>یہ مضمون کسی اور زبان میں نہیں ہے۔</translation>
    </message>
    <message>
        <source>Library: {title}</source>
        <translation>لائبریری: {title}</translation>
    </message>
    <message>
        <source>Contents: {heading}</source>
        <translation>فہرستِ مضامین: {heading}</translation>
    </message>
    <message>
        <source>Bookmarks: {count}.</source>
        <translation>بُک مارکس: {count}۔</translation>
    </message>
    <message>
        <source>Highlights and notes: {count}.</source>
        <translation>نمایاں متن اور نوٹس: {count}۔</translation>
    </message>
    <message>
        <source>Articles found: {count}.</source>
        <translation>ملنے والے مضامین: {count}۔</translation>
    </message>
    <message>
        <source>Link: {text}, {address}</source>
        <translation>لنک: {text}، {address}</translation>
    </message>
    <message>
        <source>No article is open.</source>
        <translation>کوئی مضمون کھلا نہیں ہے۔</translation>
    </message>
    <message>
        <source>This link writes an e-mail to:

{address}

Open it in your e-mail program? Reader itself never goes online.</source>
        <translation>یہ لنک اس پتے پر ای میل لکھتا ہے:

{address}

کیا اسے اپنے ای میل پروگرام میں کھولیں؟ ریڈر خود کبھی آن لائن نہیں جاتا۔</translation>
    </message>
    <message>
        <source>This link leads out of Reader to:

{address}

Open it in your web browser? Reader itself never goes online; your browser will.</source>
        <translation>یہ لنک ریڈر سے باہر اس پتے پر لے جاتا ہے:

{address}

کیا اسے اپنے ویب براؤزر میں کھولیں؟ ریڈر خود کبھی آن لائن نہیں جاتا؛ آپ کا براؤزر جائے گا۔</translation>
    </message>
    <message>
        <source>Leave Reader?</source>
        <translation>ریڈر سے باہر جائیں؟</translation>
    </message>
    <message>
        <source>Reader does not open this link: {address}. Only web addresses and places in the article are opened.</source>
        <translation>ریڈر یہ لنک نہیں کھولتا: {address}۔ صرف ویب پتے اور مضمون کے اندر کی جگہیں کھلتی ہیں۔</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {reason}</source>
        <translation>{name} نہیں کھل سکتا: {reason}</translation>
    </message>
    <message>
        <source>About Reader</source>
        <translation>ریڈر کے بارے میں</translation>
    </message>
    <message>
        <source>Reader {version}

An accessible offline reading app. Nothing is ever fetched from the network.

Your articles folder: {folder}</source>
        <translation>ریڈر {version}

پڑھنے کی ایک قابلِ رسائی آف لائن ایپ۔ نیٹ ورک سے کبھی کچھ نہیں لیا جاتا۔

آپ کے مضامین کا فولڈر: {folder}</translation>
    </message>
    <message>
        <source>Reader cannot save</source>
        <translation>ریڈر محفوظ نہیں کر سکتا</translation>
    </message>
</context>
<context>
    <name>MarkList</name>
    <message>
        <source>&amp;Attach Here</source>
        <translation>یہاں جوڑیں (&amp;A)</translation>
    </message>
</context>
<context>
    <name>MarksController</name>
    <message>
        <source>A bookmark is already here: {name}.</source>
        <translation>یہاں پہلے سے ایک بُک مارک ہے: {name}۔</translation>
    </message>
    <message>
        <source>Bookmark added: {name}.</source>
        <translation>بُک مارک شامل ہو گیا: {name}۔</translation>
    </message>
    <message>
        <source>Select some text to highlight first.</source>
        <translation>نمایاں کرنے کے لیے پہلے کچھ متن منتخب کریں۔</translation>
    </message>
    <message>
        <source>The selection covers parts of more than one highlight. Select text inside one highlight to change it, or outside them to add one.</source>
        <translation>انتخاب ایک سے زیادہ نمایاں حصوں پر پھیلا ہے۔ کسی نمایاں حصے کو بدلنے کے لیے اس کے اندر کا متن منتخب کریں، یا نیا نمایاں حصہ بنانے کے لیے ان سے باہر کا۔</translation>
    </message>
    <message>
        <source>Highlighted as {category}: {text}</source>
        <translation>{category} کے طور پر نمایاں: {text}</translation>
    </message>
    <message>
        <source>This passage is already highlighted as {category}: {text}</source>
        <translation>یہ حصہ پہلے ہی {category} کے طور پر نمایاں ہے: {text}</translation>
    </message>
    <message>
        <source>Highlight extended: {text}</source>
        <translation>نمایاں حصہ بڑھا دیا گیا: {text}</translation>
    </message>
    <message>
        <source>This highlight is {category} already.</source>
        <translation>یہ نمایاں متن پہلے ہی {category} ہے۔</translation>
    </message>
    <message>
        <source>Highlight changed to {category}: {text}</source>
        <translation>نمایاں متن {category} میں بدل گیا: {text}</translation>
    </message>
    <message>
        <source>Select some text, or move into a highlight, to add a note.</source>
        <translation>نوٹ لکھنے کے لیے کچھ متن منتخب کریں، یا کسی نمایاں متن میں جائیں۔</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>نوٹ محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <source>Note deleted.</source>
        <translation>نوٹ حذف ہو گیا۔</translation>
    </message>
    <message>
        <source>The caret is not in a highlight.</source>
        <translation>کرسر کسی نمایاں متن میں نہیں ہے۔</translation>
    </message>
    <message>
        <source>Only spaces are selected, so there is nothing to mark: select a word.</source>
        <translation>صرف خالی جگہ منتخب ہے، اس لیے نشان لگانے کو کچھ نہیں: کوئی لفظ منتخب کریں۔</translation>
    </message>
    <message>
        <source>Bookmark renamed: {name}.</source>
        <translation>بُک مارک کا نام بدل گیا: {name}۔</translation>
    </message>
    <message>
        <source>Bookmark deleted: {name}. Ctrl+Z in the panel undoes it.</source>
        <translation>بُک مارک حذف ہو گیا: {name}۔ پینل میں Ctrl+Z اسے واپس لاتا ہے۔</translation>
    </message>
    <message>
        <source>Highlight deleted. Ctrl+Z in the panel undoes it.</source>
        <translation>نمایاں متن حذف ہو گیا۔ پینل میں Ctrl+Z اسے واپس لاتا ہے۔</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>واپس لانے کے لیے کچھ نہیں۔</translation>
    </message>
    <message>
        <source>Deletion undone.</source>
        <translation>حذف کرنا واپس ہو گیا۔</translation>
    </message>
    <message>
        <source>This mark is in the article already; only an orphaned one is attached.</source>
        <translation>یہ نشان پہلے ہی مضمون میں موجود ہے؛ صرف متن سے الگ ہوا نشان جوڑا جاتا ہے۔</translation>
    </message>
    <message>
        <source>Select the text in the article first, then attach the highlight to it.</source>
        <translation>پہلے مضمون میں متن منتخب کریں، پھر نمایاں نشان اس سے جوڑیں۔</translation>
    </message>
    <message>
        <source>Attached here: {text}</source>
        <translation>یہاں جوڑ دیا: {text}</translation>
    </message>
    <message>
        <source>This mark's text is no longer in the article: {quote}</source>
        <translation>اس نشان کا متن اب مضمون میں نہیں ہے: {quote}</translation>
    </message>
    <message>
        <source>Highlights shown.</source>
        <translation>نمایاں متن دکھایا جا رہا ہے۔</translation>
    </message>
    <message>
        <source>Highlights hidden.</source>
        <translation>نمایاں متن چھپا دیا گیا۔</translation>
    </message>
    <message>
        <source>The caret is not in a highlight with a note.</source>
        <translation>کرسر کسی نوٹ والے نمایاں متن میں نہیں ہے۔</translation>
    </message>
    <message>
        <source>This article has no notes.</source>
        <translation>اس مضمون میں کوئی نوٹ نہیں۔</translation>
    </message>
    <message>
        <source>Reader marks, to import again (*.json)</source>
        <translation>ریڈر کے نشانات، دوبارہ درآمد کرنے کے لیے (*.json)</translation>
    </message>
    <message>
        <source>Markdown, to read or print (*.md)</source>
        <translation>مارک ڈاؤن، پڑھنے یا پرنٹ کرنے کے لیے (*.md)</translation>
    </message>
    <message>
        <source>Export Marks</source>
        <translation>نشانات برآمد کریں</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>{path} میں لکھا نہیں جا سکا: {reason}۔</translation>
    </message>
    <message>
        <source>Nothing was exported. {reason}</source>
        <translation>کچھ برآمد نہیں ہوا۔ {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n mark(s) to {path}.</source>
        <translation>
            <numerusform>%n نشان {path} میں برآمد ہو گیا۔</numerusform>
            <numerusform>%n نشانات {path} میں برآمد ہو گئے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Marks</source>
        <translation>نشانات درآمد کریں</translation>
    </message>
    <message>
        <source>Reader marks (*.json)</source>
        <translation>ریڈر کے نشانات (*.json)</translation>
    </message>
    <message>
        <source>Nothing was imported. {reason}</source>
        <translation>کچھ درآمد نہیں ہوا۔ {reason}</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <source>On: “{quote}”</source>
        <translation>اس پر: “{quote}”</translation>
    </message>
    <message>
        <source>Ctrl+B: **bold**. Ctrl+I: *italic*. Start a line with “- ” or “1. ” for a list.</source>
        <translation>Ctrl+B: **موٹا**۔ Ctrl+I: *ترچھا*۔ فہرست کے لیے سطر “- ” یا “1. ” سے شروع کریں۔</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>نوٹ (&amp;N):</translation>
    </message>
    <message>
        <source>Your note on the highlighted text; Ctrl+Enter saves it. Leave it empty to delete the note. Ctrl+B makes the selected words bold and Ctrl+I italic, written as stars around them; a line starting with a dash or a number begins a list.</source>
        <translation>نمایاں متن پر آپ کا نوٹ؛ Ctrl+Enter اسے محفوظ کرتا ہے۔ نوٹ مٹانے کے لیے اسے خالی چھوڑ دیں۔ Ctrl+B منتخب الفاظ کو موٹا اور Ctrl+I ترچھا کرتا ہے، جو ان کے گرد ستاروں سے لکھے جاتے ہیں؛ ڈیش یا عدد سے شروع ہونے والی سطر فہرست شروع کرتی ہے۔</translation>
    </message>
    <message>
        <source>Bold.</source>
        <translation>موٹا۔</translation>
    </message>
    <message>
        <source>Bold removed.</source>
        <translation>موٹا ہٹا دیا گیا۔</translation>
    </message>
    <message>
        <source>Italic.</source>
        <translation>ترچھا۔</translation>
    </message>
    <message>
        <source>Italic removed.</source>
        <translation>ترچھا ہٹا دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>(orphaned)</source>
        <translation>(متن سے الگ)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <source>Highlights and notes</source>
        <translation>نمایاں متن اور نوٹس</translation>
    </message>
    <message>
        <source>Highlights of the article in reading order, shown in context below. Enter jumps to one, F2 edits its note, Delete deletes it and Ctrl+Z brings it back. Ctrl+Shift+A attaches an orphaned one to the text selected in the article. Escape goes back to the article.</source>
        <translation>مضمون کا نمایاں متن، پڑھنے کی ترتیب سے، نیچے سیاق و سباق کے ساتھ۔ Enter اس پر لے جاتا ہے، F2 اس کا نوٹ بدلتا ہے، Delete اسے حذف کرتا ہے اور Ctrl+Z اسے واپس لاتا ہے۔ Ctrl+Shift+A متن سے الگ ہوئے نشان کو مضمون میں منتخب متن سے جوڑ دیتا ہے۔ Escape مضمون پر واپس لے جاتا ہے۔</translation>
    </message>
    <message>
        <source>Section: {section}</source>
        <translation>حصہ: {section}</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>نوٹ:</translation>
    </message>
    <message>
        <source>Highlight in context</source>
        <translation>نمایاں متن سیاق و سباق میں</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Display Preferences</source>
        <translation>ڈسپلے کی ترجیحات</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>درمیانہ</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>موٹا</translation>
    </message>
    <message>
        <source> × text size</source>
        <translation> × متن کا سائز</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> حروف</translation>
    </message>
    <message>
        <source>&amp;Justify text (align both edges)</source>
        <translation>متن دونوں کناروں سے برابر کریں (&amp;J)</translation>
    </message>
    <message>
        <source>Hyphenate words: brea&amp;k long words at line ends</source>
        <translation>الفاظ میں ہائفن: لمبے الفاظ کو سطر کے آخر میں توڑیں (&amp;K)</translation>
    </message>
    <message>
        <source>Long words are broken at line ends with a hyphen: smaller gaps in justified text and narrow columns. The text read, copied and found stays the same.</source>
        <translation>لمبے الفاظ سطر کے آخر میں ہائفن کے ساتھ ٹوٹتے ہیں: دونوں طرف برابر کیے گئے متن اور تنگ کالموں میں فاصلے کم ہوتے ہیں۔ پڑھا، نقل کیا اور تلاش کیا جانے والا متن وہی رہتا ہے۔</translation>
    </message>
    <message>
        <source>Plain st&amp;yling: no bold, italic or underline (links stay underlined)</source>
        <translation>سادہ انداز: نہ موٹا، نہ ترچھا، نہ نیچے لکیر (لنکس کے نیچے لکیر رہتی ہے) (&amp;Y)</translation>
    </message>
    <message>
        <source>Show passages in capitals in senten&amp;ce case</source>
        <translation>بڑے (کیپیٹل) حروف میں لکھے حصے عام جملے کے انداز میں دکھائیں (&amp;C)</translation>
    </message>
    <message>
        <source>Show footnotes and their nu&amp;mbers</source>
        <translation>حواشی اور ان کے نمبر دکھائیں (&amp;M)</translation>
    </message>
    <message>
        <source>Show pictures (when off, their descriptions are &amp;given instead)</source>
        <translation>تصاویر دکھائیں (بند ہو تو ان کی جگہ ان کی وضاحت دی جاتی ہے) (&amp;G)</translation>
    </message>
    <message>
        <source>Contrast of the custom colours</source>
        <translation>اپنے رنگوں کا کنٹراسٹ</translation>
    </message>
    <message>
        <source> lines</source>
        <translation> سطریں</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>بند</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>سسٹم کی زبان</translation>
    </message>
    <message>
        <source>Apply &amp;Preset</source>
        <translation>تیار ترتیب لگائیں (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Reset to Defaults</source>
        <translation>اصل ترتیبات بحال کریں (&amp;R)</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>متن کا سائز (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>فونٹ (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>موٹائی (&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Line spacing:</source>
        <translation>سطروں کا فاصلہ (&amp;L):</translation>
    </message>
    <message>
        <source>P&amp;aragraph spacing:</source>
        <translation>پیروں کا فاصلہ (&amp;A):</translation>
    </message>
    <message>
        <source>Le&amp;tter spacing:</source>
        <translation>حروف کا فاصلہ (&amp;T):</translation>
    </message>
    <message>
        <source>W&amp;ord spacing:</source>
        <translation>الفاظ کا فاصلہ (&amp;O):</translation>
    </message>
    <message>
        <source>Line le&amp;ngth (at most):</source>
        <translation>سطر کی لمبائی (زیادہ سے زیادہ) (&amp;N):</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>تھیم (&amp;H):</translation>
    </message>
    <message>
        <source>Custom te&amp;xt colour:</source>
        <translation>متن کا اپنا رنگ (&amp;X):</translation>
    </message>
    <message>
        <source>Custom &amp;background colour:</source>
        <translation>پس منظر کا اپنا رنگ (&amp;B):</translation>
    </message>
    <message>
        <source>Reading r&amp;uler:</source>
        <translation>پڑھنے کی پٹی (&amp;U):</translation>
    </message>
    <message>
        <source>Dims all but the lines around the caret; follows the keyboard.</source>
        <translation>کرسر کے آس پاس کی سطروں کے سوا سب کچھ مدھم کرتی ہے؛ کی بورڈ کے ساتھ چلتی ہے۔</translation>
    </message>
    <message>
        <source>&amp;Dim the screen by:</source>
        <translation>اسکرین اتنی مدھم کریں (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Interface size:</source>
        <translation>انٹرفیس کا سائز (&amp;I):</translation>
    </message>
    <message>
        <source>The size of menus, panels and dialogs, apart from the article's text.</source>
        <translation>مضمون کے متن کے علاوہ مینیو، پینلز اور ڈائیلاگز کا سائز۔</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>زبان (&amp;L):</translation>
    </message>
    <message>
        <source>The language of menus and dialogs; it changes when you choose OK.</source>
        <translation>مینیو اور ڈائیلاگز کی زبان؛ ٹھیک ہے دبانے پر بدل جاتی ہے۔</translation>
    </message>
    <message>
        <source>Pr&amp;esets:</source>
        <translation>تیار ترتیبیں (&amp;E):</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Spacing and layout</source>
        <translation>فاصلے اور ترتیب</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>رنگ</translation>
    </message>
    <message>
        <source>Reading aids and interface</source>
        <translation>پڑھنے میں مدد اور انٹرفیس</translation>
    </message>
    <message>
        <source>Contrast {ratio}:1: too low, below 4.5:1.</source>
        <translation>کنٹراسٹ {ratio}:1: بہت کم، 4.5:1 سے کم۔</translation>
    </message>
    <message>
        <source>Contrast {ratio}:1.</source>
        <translation>کنٹراسٹ {ratio}:1۔</translation>
    </message>
    <message>
        <source>Text Colour</source>
        <translation>متن کا رنگ</translation>
    </message>
    <message>
        <source>Background Colour</source>
        <translation>پس منظر کا رنگ</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>The speech engine has no voices installed.</source>
        <translation>بولنے والے انجن میں کوئی آواز نصب نہیں۔</translation>
    </message>
    <message>
        <source>Read Aloud</source>
        <translation>بلند آواز سے پڑھیں</translation>
    </message>
    <message>
        <source>There is nothing to read here.</source>
        <translation>یہاں پڑھنے کے لیے کچھ نہیں۔</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>رکا ہوا</translation>
    </message>
    <message>
        <source>Reading aloud</source>
        <translation>بلند آواز سے پڑھا جا رہا ہے</translation>
    </message>
    <message>
        <source>Stopped reading</source>
        <translation>پڑھنا روک دیا</translation>
    </message>
    <message>
        <source>Speed {speed}×</source>
        <translation>رفتار {speed}×</translation>
    </message>
    <message>
        <source>Sleep timer off</source>
        <translation>سلیپ ٹائمر بند</translation>
    </message>
    <message numerus="yes">
        <source>Reading will pause in %n minute(s)</source>
        <translation>
            <numerusform>پڑھنا %n منٹ میں رک جائے گا</numerusform>
            <numerusform>پڑھنا %n منٹ میں رک جائے گا</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the voice {name}, at the speed you chose.</source>
        <translation>یہ آواز {name} ہے، آپ کی چنی ہوئی رفتار پر۔</translation>
    </message>
    <message>
        <source>Read-aloud is not available.</source>
        <translation>بلند خوانی دستیاب نہیں۔</translation>
    </message>
    <message>
        <source>Reading aloud.</source>
        <translation>بلند آواز سے پڑھا جا رہا ہے۔</translation>
    </message>
    <message>
        <source>No Voice for a Language</source>
        <translation>ایک زبان کے لیے کوئی آواز نہیں</translation>
    </message>
    <message>
        <source>No installed voice speaks {languages}. Read those parts with the default voice anyway? It will mispronounce them. Choose Cancel to skip them.</source>
        <translation>کوئی نصب آواز {languages} نہیں بولتی۔ کیا وہ حصے پھر بھی عام آواز سے پڑھیں؟ تلفظ غلط ہو گا۔ انہیں چھوڑنے کے لیے منسوخ کریں چنیں۔</translation>
    </message>
    <message>
        <source>Finished reading</source>
        <translation>پڑھنا مکمل</translation>
    </message>
    <message>
        <source>Stopped at the end of the paragraph</source>
        <translation>پیراگراف کے آخر پر رک گیا</translation>
    </message>
    <message>
        <source>Reading stopped</source>
        <translation>پڑھنا رک گیا</translation>
    </message>
    <message>
        <source>The speech engine stopped answering. Restart Reader to read aloud again.</source>
        <translation>بولنے والے انجن نے جواب دینا بند کر دیا۔ دوبارہ بلند آواز سے پڑھنے کے لیے ریڈر کو دوبارہ شروع کریں۔</translation>
    </message>
    <message>
        <source>Sleep timer: reading paused</source>
        <translation>سلیپ ٹائمر: پڑھنا روک دیا گیا</translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <source>Read Aloud</source>
        <translation>بلند آواز سے پڑھیں</translation>
    </message>
    <message>
        <source>Read aloud toolbar</source>
        <translation>بلند خوانی ٹول بار</translation>
    </message>
    <message>
        <source>How fast to speak: 0.5× to 3×</source>
        <translation>بولنے کی رفتار: 0.5× سے 3× تک</translation>
    </message>
    <message>
        <source>S&amp;peed:</source>
        <translation>رفتار (&amp;P):</translation>
    </message>
    <message>
        <source>The voice for the article's language</source>
        <translation>مضمون کی زبان کے لیے آواز</translation>
    </message>
    <message>
        <source>Vo&amp;ice:</source>
        <translation>آواز (&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Test Voice</source>
        <translation>آواز آزمائیں (&amp;T)</translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation>آواز آزمائیں</translation>
    </message>
    <message>
        <source>Hear a sentence in the chosen voice</source>
        <translation>چنی ہوئی آواز میں ایک جملہ سنیں</translation>
    </message>
    <message>
        <source>Volume of the speech</source>
        <translation>بولنے کی آواز کی بلندی</translation>
    </message>
    <message>
        <source>Vol&amp;ume:</source>
        <translation>والیوم (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Read Aloud</source>
        <translation>بلند آواز سے پڑھیں (&amp;R)</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>روکیں (&amp;U)</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>جاری رکھیں (&amp;U)</translation>
    </message>
    <message>
        <source>Automatic (by language)</source>
        <translation>خودکار (زبان کے مطابق)</translation>
    </message>
    <message>
        <source>&amp;Mark the Spoken Sentence</source>
        <translation>بولا جا رہا جملہ نشان زد کریں (&amp;M)</translation>
    </message>
    <message>
        <source>With a &amp;Coloured Background</source>
        <translation>رنگین پس منظر سے (&amp;C)</translation>
    </message>
    <message>
        <source>With an &amp;Underline</source>
        <translation>نیچے لکیر سے (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Not at All</source>
        <translation>بالکل نہیں (&amp;N)</translation>
    </message>
    <message>
        <source>Mark the Spoken &amp;Word Too</source>
        <translation>بولا جا رہا لفظ بھی نشان زد کریں (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Footnotes</source>
        <translation>حواشی (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Read the Footnotes</source>
        <translation>حواشی پڑھیں (&amp;R)</translation>
    </message>
    <message>
        <source>Read the notes at the end of the article, or skip them</source>
        <translation>مضمون کے آخر کے حواشی پڑھیں، یا انہیں چھوڑ دیں</translation>
    </message>
    <message>
        <source>Say References as “&amp;Note 1”</source>
        <translation>حوالوں کو “حاشیہ 1” کہہ کر پڑھیں (&amp;N)</translation>
    </message>
    <message>
        <source>Say where a sentence refers to a footnote, or read the sentence without it</source>
        <translation>بتائیں کہ جملہ کس حاشیے کا حوالہ دیتا ہے، یا جملہ اس کے بغیر پڑھیں</translation>
    </message>
    <message>
        <source>Describe P&amp;ictures</source>
        <translation>تصاویر کی وضاحت پڑھیں (&amp;I)</translation>
    </message>
    <message>
        <source>Read each picture's description where it stands, or skip pictures</source>
        <translation>ہر تصویر کی وضاحت اس کی جگہ پر پڑھیں، یا تصاویر چھوڑ دیں</translation>
    </message>
    <message>
        <source>Read &amp;Code Blocks</source>
        <translation>کوڈ بلاکس پڑھیں (&amp;C)</translation>
    </message>
    <message>
        <source>Read code blocks line by line, or skip them without a word</source>
        <translation>کوڈ بلاکس سطر بہ سطر پڑھیں، یا انہیں کچھ کہے بغیر چھوڑ دیں</translation>
    </message>
    <message>
        <source>One &amp;Voice for All Languages</source>
        <translation>تمام زبانوں کے لیے ایک آواز (&amp;V)</translation>
    </message>
    <message>
        <source>Read every part, whatever its language, in the chosen voice (or the article language's). A voice cannot read every script: an English voice spells Urdu words out letter by letter.</source>
        <translation>ہر حصہ، چاہے کسی بھی زبان میں ہو، چنی ہوئی آواز میں (یا مضمون کی زبان کی آواز میں) پڑھیں۔ ہر آواز ہر رسم الخط نہیں پڑھ سکتی: انگریزی آواز اردو الفاظ کو حرف بہ حرف ہجے کر کے پڑھتی ہے۔</translation>
    </message>
    <message>
        <source>Read Unmarked &amp;Arabic-Script Text As</source>
        <translation>بغیر نشان والا عربی رسم الخط کا متن اس زبان میں پڑھیں (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Urdu</source>
        <translation>اردو (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Sindhi</source>
        <translation>سندھی (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Pashto</source>
        <translation>پشتو (&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;ersian</source>
        <translation>فارسی (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Arabic</source>
        <translation>عربی (&amp;A)</translation>
    </message>
    <message>
        <source>Sleep &amp;Timer</source>
        <translation>سلیپ ٹائمر (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>بند (&amp;O)</translation>
    </message>
    <message>
        <source>Pause after {n} min</source>
        <translation>{n} منٹ بعد روکیں</translation>
    </message>
    <message>
        <source>Say List &amp;Numbers</source>
        <translation>فہرست کے نمبر کیسے بولیں (&amp;N)</translation>
    </message>
    <message>
        <source>As Shown, “&amp;1.”</source>
        <translation>جیسے دکھائی دیں، “1.” (&amp;1)</translation>
    </message>
    <message>
        <source>As “&amp;Item 1”</source>
        <translation>“نمبر 1” کی طرح (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Pauses</source>
        <translation>وقفے (&amp;P)</translation>
    </message>
    <message>
        <source>After &amp;Headings</source>
        <translation>سرخیوں کے بعد (&amp;H)</translation>
    </message>
    <message>
        <source>After &amp;Paragraphs</source>
        <translation>پیراگراف کے بعد (&amp;P)</translation>
    </message>
    <message>
        <source>After &amp;List Items</source>
        <translation>فہرست کی اشیاء کے بعد (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;No Pause</source>
        <translation>کوئی وقفہ نہیں (&amp;N)</translation>
    </message>
    <message>
        <source>{seconds} seconds</source>
        <translation>{seconds} سیکنڈ</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <source>Privacy and Safety</source>
        <translation>رازداری اور حفاظت</translation>
    </message>
    <message>
        <source>&amp;Private mode: keep no record of what I read (for a shared computer)</source>
        <translation>نجی موڈ: میں جو پڑھوں اس کا کوئی ریکارڈ نہ رکھیں (مشترکہ کمپیوٹر کے لیے) (&amp;P)</translation>
    </message>
    <message>
        <source>No reading positions, last article, history or rendered articles are saved; marks last until Reader closes. Takes effect at once.</source>
        <translation>نہ پڑھنے کے مقامات، نہ آخری مضمون، نہ ہسٹری اور نہ تیار شدہ مضامین محفوظ ہوتے ہیں؛ نشانات ریڈر بند ہونے تک رہتے ہیں۔ فوراً لاگو ہوتا ہے۔</translation>
    </message>
    <message>
        <source>Call the window just “Reader”, &amp;not the article</source>
        <translation>ونڈو کا نام صرف “ریڈر” رکھیں، مضمون کا نہیں (&amp;N)</translation>
    </message>
    <message>
        <source>Quick exit &amp;closes Reader</source>
        <translation>فوری اخراج ریڈر کو بند کر دیتا ہے (&amp;C)</translation>
    </message>
    <message>
        <source>Quick exit &amp;hides Reader; starting Reader again shows a neutral article</source>
        <translation>فوری اخراج ریڈر کو چھپا دیتا ہے؛ ریڈر دوبارہ شروع کرنے پر ایک عام، بے ضرر مضمون دکھتا ہے (&amp;H)</translation>
    </message>
    <message>
        <source>How to Use Reader (the guide)</source>
        <translation>ریڈر کیسے استعمال کریں (رہنما)</translation>
    </message>
    <message>
        <source>Quick exit: Shift+Escape, Escape three times quickly, or the Quick Exit button. Every Reader window disappears and reading aloud stops.</source>
        <translation>فوری اخراج: Shift+Escape، تیزی سے تین بار Escape، یا فوری اخراج کا بٹن۔ ریڈر کی ہر ونڈو غائب ہو جاتی ہے اور بلند آواز سے پڑھنا رک جاتا ہے۔</translation>
    </message>
    <message>
        <source>&amp;Article shown after a hidden quick exit:</source>
        <translation>چھپانے والے فوری اخراج کے بعد دکھایا جانے والا مضمون (&amp;A):</translation>
    </message>
</context>
<context>
    <name>SafetyGuard</name>
    <message>
        <source>Private mode</source>
        <translation>نجی موڈ</translation>
    </message>
    <message>
        <source>Quick exit.</source>
        <translation>فوری اخراج۔</translation>
    </message>
    <message>
        <source>Opened {title}.</source>
        <translation>{title} کھل گیا۔</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>ریڈر</translation>
    </message>
    <message>
        <source>Where to Get &amp;Help: {title}</source>
        <translation>مدد کہاں سے ملے (&amp;H): {title}</translation>
    </message>
    <message>
        <source>Do other people use this computer? Private mode keeps no record of what you read here. You can change this later in File, Privacy and Safety.</source>
        <translation>کیا دوسرے لوگ بھی یہ کمپیوٹر استعمال کرتے ہیں؟ نجی موڈ میں آپ یہاں جو پڑھیں اس کا کوئی ریکارڈ نہیں رکھا جاتا۔ آپ اسے بعد میں فائل، رازداری اور حفاظت میں بدل سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Use &amp;Private Mode</source>
        <translation>نجی موڈ استعمال کریں (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>ابھی نہیں (&amp;N)</translation>
    </message>
    <message>
        <source>Private mode: your bookmarks, highlights and notes are kept only until Reader closes. They will be gone after that.</source>
        <translation>نجی موڈ: آپ کے بُک مارکس، نمایاں متن اور نوٹس صرف ریڈر بند ہونے تک رکھے جاتے ہیں۔ اس کے بعد وہ ختم ہو جائیں گے۔</translation>
    </message>
    <message>
        <source>Remove these from this computer?

{kinds}

This cannot be undone.</source>
        <translation>یہ سب اس کمپیوٹر سے ہٹا دیں؟

{kinds}

یہ عمل واپس نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <source>Clear My Data</source>
        <translation>میرا ڈیٹا صاف کریں</translation>
    </message>
    <message>
        <source>Removed:
{report}</source>
        <translation>ہٹا دیا گیا:
{report}</translation>
    </message>
</context>
<context>
    <name>SpeechPlayer</name>
    <message>
        <source>No sound output was found. Connect speakers or headphones.</source>
        <translation>آواز نکالنے کا کوئی آلہ نہیں ملا۔ اسپیکر یا ہیڈ فون لگائیں۔</translation>
    </message>
    <message>
        <source>Sound output failed ({error}).</source>
        <translation>آواز نہیں نکل سکی ({error})۔</translation>
    </message>
</context>
<context>
    <name>TableView</name>
    <message>
        <source>Table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <source>Plus and minus zoom, 0 returns to the first size, arrows move, Escape closes.</source>
        <translation>پلس اور مائنس زوم کرتے ہیں، 0 پہلے سائز پر واپس لاتا ہے، تیر والی کلیدیں اسے سرکاتی ہیں، Escape بند کرتا ہے۔</translation>
    </message>
</context>
<context>
    <name>TocPanel</name>
    <message>
        <source>Heading</source>
        <translation>سرخی</translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation>فہرستِ مضامین</translation>
    </message>
    <message>
        <source>Headings of the article. Enter jumps to one.</source>
        <translation>مضمون کی سرخیاں۔ Enter اس پر لے جاتا ہے۔</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;Open File…</source>
        <translation>فائل کھولیں (&amp;O)…</translation>
    </message>
    <message>
        <source>Open a Markdown file and add it to the library where it is</source>
        <translation>مارک ڈاؤن فائل کھولیں اور اسے اس کی جگہ پر رہنے دیتے ہوئے لائبریری میں شامل کریں</translation>
    </message>
    <message>
        <source>Cop&amp;y an Article into My Articles…</source>
        <translation>مضمون میرے مضامین میں کاپی کریں (&amp;Y)…</translation>
    </message>
    <message>
        <source>Copy a Markdown file into your articles folder and open it</source>
        <translation>مارک ڈاؤن فائل اپنے مضامین کے فولڈر میں کاپی کریں اور اسے کھولیں</translation>
    </message>
    <message>
        <source>Export Ar&amp;ticle…</source>
        <translation>مضمون برآمد کریں (&amp;T)…</translation>
    </message>
    <message>
        <source>Save the article, or the selection, as plain text, a web page or EPUB</source>
        <translation>مضمون، یا انتخاب، کو سادہ متن، ویب صفحے یا EPUB کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>A&amp;dd Articles…</source>
        <translation>مضامین شامل کریں (&amp;D)…</translation>
    </message>
    <message>
        <source>Add web pages, Word documents, EPUB books, PDF and text files</source>
        <translation>ویب صفحات، Word دستاویزات، EPUB کتابیں، PDF اور متن کی فائلیں شامل کریں</translation>
    </message>
    <message>
        <source>Edit Article De&amp;tails…</source>
        <translation>مضمون کی تفصیلات میں ترمیم کریں (&amp;T)…</translation>
    </message>
    <message>
        <source>Change the title, author, language or summary of an article</source>
        <translation>کسی مضمون کا عنوان، مصنف، زبان یا خلاصہ بدلیں</translation>
    </message>
    <message>
        <source>Re&amp;move Article…</source>
        <translation>مضمون ہٹائیں (&amp;M)…</translation>
    </message>
    <message>
        <source>Move one of your articles to the trash</source>
        <translation>اپنے مضامین میں سے کوئی ایک ردی کی ٹوکری میں ڈالیں</translation>
    </message>
    <message>
        <source>&amp;Reload Library</source>
        <translation>لائبریری دوبارہ لوڈ کریں (&amp;R)</translation>
    </message>
    <message>
        <source>Look for new or changed articles</source>
        <translation>نئے یا بدلے ہوئے مضامین تلاش کریں</translation>
    </message>
    <message>
        <source>Show &amp;Articles Folder</source>
        <translation>مضامین کا فولڈر دکھائیں (&amp;A)</translation>
    </message>
    <message>
        <source>Open the folder where you can add your own articles</source>
        <translation>وہ فولڈر کھولیں جس میں آپ اپنے مضامین شامل کر سکتے ہیں</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>باہر نکلیں (&amp;Q)</translation>
    </message>
    <message>
        <source>Close Reader</source>
        <translation>ریڈر بند کریں</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>کاپی کریں (&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>منتخب متن کاپی کریں</translation>
    </message>
    <message>
        <source>Copy Ci&amp;tation (MLA)</source>
        <translation>حوالہ کاپی کریں (MLA) (&amp;T)</translation>
    </message>
    <message>
        <source>Copy the selected passage with its article, author and date</source>
        <translation>منتخب عبارت اس کے مضمون، مصنف اور تاریخ کے ساتھ کاپی کریں</translation>
    </message>
    <message>
        <source>Copy Citat&amp;ion (APA)</source>
        <translation>حوالہ کاپی کریں (APA) (&amp;I)</translation>
    </message>
    <message>
        <source>Copy the selected passage with its source, in APA style</source>
        <translation>منتخب عبارت اس کے ماخذ کے ساتھ، APA انداز میں کاپی کریں</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>سب منتخب کریں (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>تلاش کریں (&amp;F)…</translation>
    </message>
    <message>
        <source>Find text in the article</source>
        <translation>مضمون میں متن تلاش کریں</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>اگلا تلاش کریں (&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>پچھلا تلاش کریں (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>پیچھے (&amp;B)</translation>
    </message>
    <message>
        <source>Return to where you were before the last jump</source>
        <translation>آخری چھلانگ سے پہلے والی جگہ پر واپس جائیں</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>آگے (&amp;F)</translation>
    </message>
    <message>
        <source>Go forward again after Back</source>
        <translation>پیچھے جانے کے بعد پھر آگے جائیں</translation>
    </message>
    <message>
        <source>Next &amp;Heading</source>
        <translation>اگلی سرخی (&amp;H)</translation>
    </message>
    <message>
        <source>Previous H&amp;eading</source>
        <translation>پچھلی سرخی (&amp;E)</translation>
    </message>
    <message>
        <source>Next &amp;Paragraph</source>
        <translation>اگلا پیرا (&amp;P)</translation>
    </message>
    <message>
        <source>Previous P&amp;aragraph</source>
        <translation>پچھلا پیرا (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Start of Article</source>
        <translation>مضمون کا آغاز (&amp;S)</translation>
    </message>
    <message>
        <source>E&amp;nd of Article</source>
        <translation>مضمون کا اختتام (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Where Am I?</source>
        <translation>میں کہاں ہوں؟ (&amp;W)</translation>
    </message>
    <message>
        <source>Say the article, section and percentage read</source>
        <translation>مضمون، حصہ اور پڑھا گیا فیصد بتائیں</translation>
    </message>
    <message>
        <source>Switch to the Other &amp;Language</source>
        <translation>دوسری زبان پر جائیں (&amp;L)</translation>
    </message>
    <message>
        <source>Open this article in its other language, at the same paragraph</source>
        <translation>یہ مضمون اس کی دوسری زبان میں، اسی پیرے پر کھولیں</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>لائبریری (&amp;L)</translation>
    </message>
    <message>
        <source>Show the library and move to it</source>
        <translation>لائبریری دکھائیں اور اس میں جائیں</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>فہرستِ مضامین (&amp;C)</translation>
    </message>
    <message>
        <source>Show the table of contents and move to it</source>
        <translation>فہرستِ مضامین دکھائیں اور اس میں جائیں</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>مضمون (&amp;A)</translation>
    </message>
    <message>
        <source>Move to the article text</source>
        <translation>مضمون کے متن میں جائیں</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>اگلا حصہ (&amp;P)</translation>
    </message>
    <message>
        <source>Move between the article, the library and the contents</source>
        <translation>مضمون، لائبریری اور فہرستِ مضامین کے درمیان جائیں</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>پچھلا حصہ (&amp;V)</translation>
    </message>
    <message>
        <source>Lar&amp;ger Text</source>
        <translation>بڑا متن (&amp;G)</translation>
    </message>
    <message>
        <source>Make the article's text larger (also Ctrl+mouse wheel)</source>
        <translation>مضمون کا متن بڑا کریں (Ctrl کے ساتھ ماؤس کا پہیا بھی)</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>چھوٹا متن (&amp;S)</translation>
    </message>
    <message>
        <source>Make the article's text smaller</source>
        <translation>مضمون کا متن چھوٹا کریں</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>متن کا عام سائز (&amp;N)</translation>
    </message>
    <message>
        <source>Larger &amp;Interface</source>
        <translation>بڑا انٹرفیس (&amp;I)</translation>
    </message>
    <message>
        <source>Make menus, panels and dialogs larger</source>
        <translation>مینیو، پینلز اور ڈائیلاگز بڑے کریں</translation>
    </message>
    <message>
        <source>Smaller Int&amp;erface</source>
        <translation>چھوٹا انٹرفیس (&amp;E)</translation>
    </message>
    <message>
        <source>Normal Interface Si&amp;ze</source>
        <translation>انٹرفیس کا عام سائز (&amp;Z)</translation>
    </message>
    <message>
        <source>Reading &amp;Ruler</source>
        <translation>پڑھنے کی پٹی (&amp;R)</translation>
    </message>
    <message>
        <source>Dim all but the lines around the caret</source>
        <translation>کرسر کے آس پاس کی سطروں کے سوا سب مدھم کریں</translation>
    </message>
    <message>
        <source>Show Footn&amp;otes</source>
        <translation>حواشی دکھائیں (&amp;O)</translation>
    </message>
    <message>
        <source>Show or hide the footnotes and their numbers; the text stays in place</source>
        <translation>حواشی اور ان کے نمبر دکھائیں یا چھپائیں؛ متن اپنی جگہ رہتا ہے</translation>
    </message>
    <message>
        <source>Show Pict&amp;ures</source>
        <translation>تصاویر دکھائیں (&amp;U)</translation>
    </message>
    <message>
        <source>Show pictures, or only their descriptions</source>
        <translation>تصاویر دکھائیں، یا صرف ان کی وضاحتیں</translation>
    </message>
    <message>
        <source>&amp;Focus Mode</source>
        <translation>فوکس موڈ (&amp;F)</translation>
    </message>
    <message>
        <source>Hide the menus, toolbars and panels; F11 again shows them</source>
        <translation>مینیو، ٹول بارز اور پینلز چھپائیں؛ دوبارہ F11 انہیں دکھاتا ہے</translation>
    </message>
    <message>
        <source>Display &amp;Preferences…</source>
        <translation>ڈسپلے کی ترجیحات (&amp;P)…</translation>
    </message>
    <message>
        <source>Text size, font, spacing, colours and reading aids</source>
        <translation>متن کا سائز، فونٹ، فاصلے، رنگ اور پڑھنے میں مدد</translation>
    </message>
    <message>
        <source>&amp;How to Use Reader</source>
        <translation>ریڈر کیسے استعمال کریں (&amp;H)</translation>
    </message>
    <message>
        <source>Open the guide</source>
        <translation>رہنما کھولیں</translation>
    </message>
    <message>
        <source>&amp;About Reader</source>
        <translation>ریڈر کے بارے میں (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Quick Exit</source>
        <translation>فوری اخراج (&amp;Q)</translation>
    </message>
    <message>
        <source>Hide Reader at once and stop reading aloud (also Escape three times quickly)</source>
        <translation>ریڈر فوراً چھپائیں اور بلند آواز سے پڑھنا بند کریں (تیزی سے تین بار Escape بھی)</translation>
    </message>
    <message>
        <source>Privacy and &amp;Safety…</source>
        <translation>رازداری اور حفاظت (&amp;S)…</translation>
    </message>
    <message>
        <source>Private mode, the quick exit, the window's title</source>
        <translation>نجی موڈ، فوری اخراج، ونڈو کا عنوان</translation>
    </message>
    <message>
        <source>C&amp;lear My Data…</source>
        <translation>میرا ڈیٹا صاف کریں (&amp;L)…</translation>
    </message>
    <message>
        <source>Remove reading positions, marks, history, caches or settings</source>
        <translation>پڑھنے کے مقامات، نشانات، ہسٹری، کیش یا ترتیبات ہٹائیں</translation>
    </message>
    <message>
        <source>Where to Get &amp;Help</source>
        <translation>مدد کہاں سے ملے (&amp;H)</translation>
    </message>
    <message>
        <source>Helplines and legal aid, from the organisation that set up Reader</source>
        <translation>ہیلپ لائنز اور قانونی امداد، اس ادارے کی طرف سے جس نے ریڈر نصب کیا</translation>
    </message>
    <message>
        <source>&amp;Read Aloud / Pause</source>
        <translation>بلند آواز سے پڑھیں / روکیں (&amp;R)</translation>
    </message>
    <message>
        <source>Read aloud from the caret, the first sentence in view, or the selection; press again to pause or resume</source>
        <translation>کرسر سے، نظر آنے والے پہلے جملے سے، یا انتخاب کو بلند آواز سے پڑھیں؛ روکنے یا جاری رکھنے کے لیے دوبارہ دبائیں</translation>
    </message>
    <message>
        <source>Pause or Resume Reading</source>
        <translation>پڑھنا روکیں یا جاری رکھیں</translation>
    </message>
    <message>
        <source>&amp;Stop Reading</source>
        <translation>پڑھنا بند کریں (&amp;S)</translation>
    </message>
    <message>
        <source>Stop reading aloud and leave the caret at the sentence</source>
        <translation>بلند آواز سے پڑھنا بند کریں اور کرسر اسی جملے پر رہنے دیں</translation>
    </message>
    <message>
        <source>&amp;Next Sentence</source>
        <translation>اگلا جملہ (&amp;N)</translation>
    </message>
    <message>
        <source>Skip to the next sentence</source>
        <translation>اگلے جملے پر جائیں</translation>
    </message>
    <message>
        <source>&amp;Previous Sentence</source>
        <translation>پچھلا جملہ (&amp;P)</translation>
    </message>
    <message>
        <source>Go back to the previous sentence</source>
        <translation>پچھلے جملے پر واپس جائیں</translation>
    </message>
    <message>
        <source>Next P&amp;aragraph</source>
        <translation>اگلا پیرا (&amp;A)</translation>
    </message>
    <message>
        <source>Skip to the next paragraph</source>
        <translation>اگلے پیرے پر جائیں</translation>
    </message>
    <message>
        <source>Previous Paragrap&amp;h</source>
        <translation>پچھلا پیرا (&amp;H)</translation>
    </message>
    <message>
        <source>Go back to the start of this paragraph, or the one before</source>
        <translation>اس پیرے کے شروع پر، یا اس سے پہلے والے پیرے پر واپس جائیں</translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation>تیز (&amp;F)</translation>
    </message>
    <message>
        <source>Speak faster</source>
        <translation>تیز بولیں</translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation>آہستہ (&amp;L)</translation>
    </message>
    <message>
        <source>Speak more slowly</source>
        <translation>آہستہ بولیں</translation>
    </message>
    <message>
        <source>Stop at the &amp;End of Each Paragraph</source>
        <translation>ہر پیراگراف کے آخر پر رکیں (&amp;E)</translation>
    </message>
    <message>
        <source>Stop reading when a paragraph ends, until switched off; Read Aloud then reads the next paragraph</source>
        <translation>جب تک بند نہ کیا جائے، ہر پیراگراف ختم ہونے پر پڑھنا روکیں؛ پھر بلند خوانی اگلا پیراگراف پڑھتی ہے</translation>
    </message>
    <message>
        <source>Show Note Mar&amp;kers</source>
        <translation>نوٹ کے نشانات دکھائیں (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Continue into the Next Article</source>
        <translation>اگلے مضمون میں جاری رکھیں (&amp;C)</translation>
    </message>
    <message>
        <source>At the end of an article, go on with the next in the library</source>
        <translation>مضمون ختم ہونے پر لائبریری کا اگلا مضمون پڑھیں</translation>
    </message>
    <message>
        <source>E&amp;xport Audio…</source>
        <translation>آڈیو برآمد کریں (&amp;X)…</translation>
    </message>
    <message>
        <source>Save the article, or the selection, as spoken audio</source>
        <translation>مضمون، یا انتخاب، کو بولی گئی آڈیو کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>Add &amp;Bookmark</source>
        <translation>بُک مارک شامل کریں (&amp;B)</translation>
    </message>
    <message>
        <source>Bookmark the place of the caret</source>
        <translation>کرسر کی جگہ پر بُک مارک لگائیں</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>انتخاب نمایاں کریں (&amp;H)</translation>
    </message>
    <message>
        <source>Highlight the selected text in the last category chosen</source>
        <translation>منتخب متن کو آخری چنے گئے زمرے میں نمایاں کریں</translation>
    </message>
    <message>
        <source>Add or Edit &amp;Note…</source>
        <translation>نوٹ لکھیں یا بدلیں (&amp;N)…</translation>
    </message>
    <message>
        <source>Write a note on the highlight at the caret, or on the selection</source>
        <translation>کرسر والے نمایاں متن پر، یا انتخاب پر نوٹ لکھیں</translation>
    </message>
    <message>
        <source>&amp;Remove Highlight</source>
        <translation>نمایاں نشان ہٹائیں (&amp;R)</translation>
    </message>
    <message>
        <source>Delete the highlight at the caret, with its note</source>
        <translation>کرسر والا نمایاں نشان اس کے نوٹ سمیت حذف کریں</translation>
    </message>
    <message>
        <source>Next Boo&amp;kmark</source>
        <translation>اگلا بُک مارک (&amp;K)</translation>
    </message>
    <message>
        <source>Move to the next bookmark and say its name</source>
        <translation>اگلے بُک مارک پر جائیں اور اس کا نام بتائیں</translation>
    </message>
    <message>
        <source>Pre&amp;vious Bookmark</source>
        <translation>پچھلا بُک مارک (&amp;V)</translation>
    </message>
    <message>
        <source>Next Hi&amp;ghlight</source>
        <translation>اگلا نمایاں متن (&amp;G)</translation>
    </message>
    <message>
        <source>Move to the next highlight and say its category and text</source>
        <translation>اگلے نمایاں متن پر جائیں اور اس کا زمرہ اور متن بتائیں</translation>
    </message>
    <message>
        <source>Previous High&amp;light</source>
        <translation>پچھلا نمایاں متن (&amp;L)</translation>
    </message>
    <message>
        <source>Next N&amp;ote</source>
        <translation>اگلا نوٹ (&amp;O)</translation>
    </message>
    <message>
        <source>Move to the next note and read it</source>
        <translation>اگلے نوٹ پر جائیں اور اسے پڑھیں</translation>
    </message>
    <message>
        <source>Previous No&amp;te</source>
        <translation>پچھلا نوٹ (&amp;T)</translation>
    </message>
    <message>
        <source>Rea&amp;d Note Aloud</source>
        <translation>نوٹ بلند آواز سے پڑھیں (&amp;D)</translation>
    </message>
    <message>
        <source>Read aloud the note of the highlight at the caret</source>
        <translation>کرسر والے نمایاں متن کا نوٹ بلند آواز سے پڑھیں</translation>
    </message>
    <message>
        <source>Read All Notes Alo&amp;ud</source>
        <translation>تمام نوٹس بلند آواز سے پڑھیں (&amp;U)</translation>
    </message>
    <message>
        <source>Read aloud every note of the article, in reading order</source>
        <translation>مضمون کا ہر نوٹ، پڑھنے کی ترتیب سے، بلند آواز سے پڑھیں</translation>
    </message>
    <message>
        <source>Show or hide the dashed underline under highlights with a note</source>
        <translation>نوٹ والے نمایاں متن کے نیچے ڈیش والی لکیر دکھائیں یا چھپائیں</translation>
    </message>
    <message>
        <source>Bookmarks &amp;Panel</source>
        <translation>بُک مارکس پینل (&amp;P)</translation>
    </message>
    <message>
        <source>Show the article's bookmarks and move to them</source>
        <translation>مضمون کے بُک مارکس دکھائیں اور ان میں جائیں</translation>
    </message>
    <message>
        <source>Highlights and Notes Pan&amp;el</source>
        <translation>نمایاں متن اور نوٹس پینل (&amp;E)</translation>
    </message>
    <message>
        <source>Show the article's highlights and notes and move to them</source>
        <translation>مضمون کا نمایاں متن اور نوٹس دکھائیں اور ان میں جائیں</translation>
    </message>
    <message>
        <source>&amp;Show Highlights</source>
        <translation>نمایاں متن دکھائیں (&amp;S)</translation>
    </message>
    <message>
        <source>Show or hide every highlight in the article</source>
        <translation>مضمون کا سارا نمایاں متن دکھائیں یا چھپائیں</translation>
    </message>
    <message>
        <source>&amp;Export All Marks…</source>
        <translation>تمام نشانات برآمد کریں (&amp;E)…</translation>
    </message>
    <message>
        <source>Save every bookmark, highlight and note to a file</source>
        <translation>ہر بُک مارک، نمایاں متن اور نوٹ ایک فائل میں محفوظ کریں</translation>
    </message>
    <message>
        <source>Export This Article's &amp;Marks…</source>
        <translation>اس مضمون کے نشانات برآمد کریں (&amp;M)…</translation>
    </message>
    <message>
        <source>Save this article's bookmarks, highlights and notes to a file</source>
        <translation>اس مضمون کے بُک مارکس، نمایاں متن اور نوٹس ایک فائل میں محفوظ کریں</translation>
    </message>
    <message>
        <source>&amp;Import Marks…</source>
        <translation>نشانات درآمد کریں (&amp;I)…</translation>
    </message>
    <message>
        <source>Add bookmarks, highlights and notes from an exported file</source>
        <translation>برآمد کی گئی فائل سے بُک مارکس، نمایاں متن اور نوٹس شامل کریں</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Reader cannot write to its data folder {folder} ({reason}), so nothing will be saved this time: not your place in an article, your bookmarks, highlights and notes, nor your settings. You can still read every article.</source>
        <translation>ریڈر اپنے ڈیٹا فولڈر {folder} میں نہیں لکھ سکتا ({reason})، اس لیے اس بار کچھ محفوظ نہیں ہو گا: نہ مضمون میں آپ کی جگہ، نہ بُک مارکس، نمایاں متن اور نوٹس، نہ آپ کی ترتیبات۔ آپ پھر بھی ہر مضمون پڑھ سکتے ہیں۔</translation>
    </message>
    <message>
        <source>{error}

Reader will work, but will not remember your place this time.</source>
        <translation>{error}

ریڈر کام کرے گا، لیکن اس بار آپ کی جگہ یاد نہیں رکھے گا۔</translation>
    </message>
</context>
<context>
    <name>appearance</name>
    <message>
        <source>“{field}” cannot be {value}.</source>
        <translation>“{field}” کی قدر {value} نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <source>“{field}” is {value}; it must be from {low} to {high}.</source>
        <translation>“{field}” کی قدر {value} ہے؛ اسے {low} سے {high} تک ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>a number of {digits} digits</source>
        <translation>{digits} ہندسوں کا ایک عدد</translation>
    </message>
</context>
<context>
    <name>articles</name>
    <message>
        <source>the article has front matter but no text after it.</source>
        <translation>مضمون میں ابتدائی معلومات ہیں مگر ان کے بعد کوئی متن نہیں۔</translation>
    </message>
    <message>
        <source>the file cannot be read ({error}).</source>
        <translation>فائل پڑھی نہیں جا سکتی ({error})۔</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>فائل خالی ہے۔</translation>
    </message>
    <message>
        <source>the file is too large ({size:.1f} MB; the limit is {limit} MB).</source>
        <translation>فائل بہت بڑی ہے ({size:.1f} MB؛ حد {limit} MB ہے)۔</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (bad byte at position {position}); save it again as UTF-8.</source>
        <translation>فائل UTF-8 متن نہیں ہے (مقام {position} پر غلط بائٹ)؛ اسے دوبارہ UTF-8 میں محفوظ کریں۔</translation>
    </message>
    <message>
        <source>the file contains binary data, not text.</source>
        <translation>فائل میں متن نہیں بلکہ بائنری ڈیٹا ہے۔</translation>
    </message>
    <message>
        <source>the file does not start with front matter (a line with three dashes, ---).</source>
        <translation>فائل ابتدائی معلومات سے شروع نہیں ہوتی (تین ڈیش والی سطر، ---)۔</translation>
    </message>
    <message>
        <source>the front matter is never closed (no second line of ---).</source>
        <translation>ابتدائی معلومات کبھی بند نہیں ہوتیں (--- کی دوسری سطر نہیں)۔</translation>
    </message>
    <message>
        <source>the front matter is not valid YAML (line {line}): {problem}.</source>
        <translation>ابتدائی معلومات درست YAML نہیں ہیں (سطر {line}): {problem}۔</translation>
    </message>
    <message>
        <source>the front matter must be a list of 'name: value' lines.</source>
        <translation>ابتدائی معلومات 'name: value' سطروں کی فہرست ہونی چاہییں۔</translation>
    </message>
    <message>
        <source>the front matter field '{name}' must be text.</source>
        <translation>ابتدائی معلومات کا خانہ '{name}' متن ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>the front matter has no 'title'.</source>
        <translation>ابتدائی معلومات میں 'title' نہیں ہے۔</translation>
    </message>
    <message>
        <source>the language '{language}' is not a language tag such as 'en' or 'ur'.</source>
        <translation>زبان '{language}' کوئی زبان کا ٹیگ نہیں، جیسے 'en' یا 'ur'۔</translation>
    </message>
    <message>
        <source>'translation_of' must be the name of another article's file without .md, such as 'how-to-use-reader'.</source>
        <translation>'translation_of' کسی دوسرے مضمون کی فائل کا نام .md کے بغیر ہونا چاہیے، جیسے 'how-to-use-reader'۔</translation>
    </message>
    <message>
        <source>the article cannot be a translation of itself.</source>
        <translation>مضمون خود اپنا ترجمہ نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <source>the file is not there any more: it was moved, renamed or deleted, or it is on a drive that is not connected.</source>
        <translation>فائل اب وہاں نہیں ہے: اسے منتقل کیا گیا، اس کا نام بدلا گیا یا اسے حذف کیا گیا، یا یہ ایسی ڈرائیو پر ہے جو جڑی ہوئی نہیں۔</translation>
    </message>
</context>
<context>
    <name>audio</name>
    <message>
        <source>a WAV file holds at most 4 GiB, about {hours} hours of speech</source>
        <translation>ایک WAV فائل میں زیادہ سے زیادہ 4 GiB آتے ہیں، تقریباً {hours} گھنٹے کی آواز</translation>
    </message>
</context>
<context>
    <name>citation</name>
    <message>
        <source>Section “{section}”.</source>
        <translation>حصہ “{section}”۔</translation>
    </message>
    <message>
        <source>(n.d.).</source>
        <translation>(بلا تاریخ)۔</translation>
    </message>
</context>
<context>
    <name>citing</name>
    <message>
        <source>Select the passage to cite first.</source>
        <translation>پہلے وہ عبارت منتخب کریں جس کا حوالہ دینا ہے۔</translation>
    </message>
    <message>
        <source>Citation copied: {text}</source>
        <translation>حوالہ کاپی ہو گیا: {text}</translation>
    </message>
</context>
<context>
    <name>clear</name>
    <message>
        <source>Reading positions (where you were in each article)</source>
        <translation>پڑھنے کے مقامات (ہر مضمون میں آپ کہاں تھے)</translation>
    </message>
    <message>
        <source>Bookmarks, highlights and notes</source>
        <translation>بُک مارکس، نمایاں متن اور نوٹس</translation>
    </message>
    <message>
        <source>History (the last article read, content notes you chose not to see again)</source>
        <translation>ہسٹری (آخری پڑھا گیا مضمون، مواد کے وہ انتباہات جنہیں آپ نے دوبارہ نہ دیکھنا چنا)</translation>
    </message>
    <message>
        <source>Caches (the library list and rendered articles)</source>
        <translation>کیش (لائبریری کی فہرست اور تیار شدہ مضامین)</translation>
    </message>
    <message>
        <source>The log (what went wrong in Reader)</source>
        <translation>لاگ (ریڈر میں کیا غلط ہوا)</translation>
    </message>
    <message>
        <source>Preferences (display, speech and safety settings, window layout)</source>
        <translation>ترجیحات (ڈسپلے، آواز اور حفاظت کی ترتیبات، ونڈو کی ترتیب)</translation>
    </message>
    <message>
        <source>{kind}: {count} removed.</source>
        <translation>{kind}: {count} ہٹا دیے گئے۔</translation>
    </message>
    <message>
        <source>Files removed or emptied: {count}.</source>
        <translation>ہٹائی گئی یا خالی کی گئی فائلیں: {count}۔</translation>
    </message>
    <message>
        <source>{path} could not be removed: {reason}.</source>
        <translation>{path} ہٹایا نہیں جا سکا: {reason}۔</translation>
    </message>
    <message>
        <source>{path} could not be emptied: {reason}.</source>
        <translation>{path} خالی نہیں کیا جا سکا: {reason}۔</translation>
    </message>
</context>
<context>
    <name>display</name>
    <message>
        <source>[Picture: {description}]</source>
        <translation>[تصویر: {description}]</translation>
    </message>
    <message>
        <source>[Picture]</source>
        <translation>[تصویر]</translation>
    </message>
</context>
<context>
    <name>editing</name>
    <message>
        <source>the file does not start with front matter.</source>
        <translation>فائل ابتدائی معلومات سے شروع نہیں ہوتی۔</translation>
    </message>
    <message>
        <source>the front matter is never closed.</source>
        <translation>ابتدائی معلومات کبھی بند نہیں ہوتیں۔</translation>
    </message>
    <message>
        <source>the file cannot be written ({error}).</source>
        <translation>فائل میں لکھا نہیں جا سکتا ({error})۔</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Export Audio</source>
        <translation>آڈیو برآمد کریں</translation>
    </message>
    <message>
        <source>The speech engine is still starting; try again in a moment.</source>
        <translation>بولنے والا انجن ابھی شروع ہو رہا ہے؛ ذرا دیر بعد دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>AAC audio, small, for phones (*.m4a)</source>
        <translation>AAC آڈیو، چھوٹی، فون کے لیے (*.m4a)</translation>
    </message>
    <message>
        <source>WAV audio, large (*.wav)</source>
        <translation>WAV آڈیو، بڑی (*.wav)</translation>
    </message>
    <message>
        <source>Export the selection as audio</source>
        <translation>انتخاب کو آڈیو کے طور پر برآمد کریں</translation>
    </message>
    <message>
        <source>Export the article as audio</source>
        <translation>مضمون کو آڈیو کے طور پر برآمد کریں</translation>
    </message>
    <message>
        <source>There is nothing to read here.</source>
        <translation>یہاں پڑھنے کے لیے کچھ نہیں۔</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>{name} لکھی جا رہی ہے…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Saved {minutes} min {seconds} s of speech to {path}.</source>
        <translation>{minutes} منٹ {seconds} سیکنڈ کی آواز {path} میں محفوظ ہو گئی۔</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was saved.</source>
        <translation>برآمد منسوخ؛ کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>From “{title}”, by {author} ({published}).</source>
        <translation>“{title}” سے، از {author} ({published})۔</translation>
    </message>
    <message>
        <source>From “{title}”, by {author}.</source>
        <translation>“{title}” سے، از {author}۔</translation>
    </message>
    <message>
        <source>From “{title}” ({published}).</source>
        <translation>“{title}” سے ({published})۔</translation>
    </message>
    <message>
        <source>From “{title}”.</source>
        <translation>“{title}” سے۔</translation>
    </message>
    <message>
        <source>Plain text, for braille or any device (*.txt)</source>
        <translation>سادہ متن، بریل یا کسی بھی آلے کے لیے (*.txt)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>ویب صفحہ (*.html)</translation>
    </message>
    <message>
        <source>EPUB book, for e-readers (*.epub)</source>
        <translation>EPUB کتاب، ای ریڈرز کے لیے (*.epub)</translation>
    </message>
    <message>
        <source>Export Article</source>
        <translation>مضمون برآمد کریں</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>{path} میں لکھا نہیں جا سکا: {reason}۔</translation>
    </message>
    <message>
        <source>The selection is exported to {path}.</source>
        <translation>انتخاب {path} میں برآمد ہو گیا۔</translation>
    </message>
    <message>
        <source>The article is exported to {path}.</source>
        <translation>مضمون {path} میں برآمد ہو گیا۔</translation>
    </message>
</context>
<context>
    <name>importing</name>
    <message>
        <source>the file is damaged or not in the format its name says ({error}).</source>
        <translation>فائل خراب ہے یا اس فارمیٹ میں نہیں جو اس کا نام بتاتا ہے ({error})۔</translation>
    </message>
    <message>
        <source>Reader cannot import this kind of file; it imports web pages (.html, .htm, .mhtml), Word documents (.docx), EPUB books, PDF and text files (.txt).</source>
        <translation>ریڈر اس قسم کی فائل درآمد نہیں کر سکتا؛ یہ ویب صفحات (.html, .htm, .mhtml)، Word دستاویزات (.docx)، EPUB کتابیں، PDF اور متن کی فائلیں (.txt) درآمد کرتا ہے۔</translation>
    </message>
    <message>
        <source>the file is too large ({size} MB; the limit is {limit} MB).</source>
        <translation>فائل بہت بڑی ہے ({size} MB؛ حد {limit} MB ہے)۔</translation>
    </message>
    <message>
        <source>the file cannot be read ({error}).</source>
        <translation>فائل پڑھی نہیں جا سکتی ({error})۔</translation>
    </message>
    <message>
        <source>the web archive holds no web page.</source>
        <translation>ویب آرکائیو میں کوئی ویب صفحہ نہیں ہے۔</translation>
    </message>
    <message>
        <source>the file is damaged or not really a {kind} file ({error}).</source>
        <translation>فائل خراب ہے یا اصل میں {kind} فائل نہیں ہے ({error})۔</translation>
    </message>
    <message>
        <source>the file holds too many parts ({count}; the limit is {limit}).</source>
        <translation>فائل میں بہت زیادہ حصے ہیں ({count}؛ حد {limit} ہے)۔</translation>
    </message>
    <message>
        <source>the file would unpack to {size} MB, or is packed suspiciously tightly (a “zip bomb”); the limit is {limit} MB.</source>
        <translation>فائل کھلنے پر {size} MB کی ہو جائے گی، یا مشکوک حد تک سکیڑ کر بند کی گئی ہے (“زِپ بم”)؛ حد {limit} MB ہے۔</translation>
    </message>
    <message>
        <source>the EPUB book is damaged ({error}).</source>
        <translation>EPUB کتاب خراب ہے ({error})۔</translation>
    </message>
    <message>
        <source>the EPUB book has no text.</source>
        <translation>EPUB کتاب میں کوئی متن نہیں۔</translation>
    </message>
    <message>
        <source>Image: {alt}</source>
        <translation>تصویر: {alt}</translation>
    </message>
    <message>
        <source>the PDF is locked with a password; unlock it first.</source>
        <translation>PDF پاس ورڈ سے بند ہے؛ پہلے اسے کھولیں۔</translation>
    </message>
    <message>
        <source>the PDF has no text in it, only pictures of pages (a scan); Reader cannot read text from pictures. Use a PDF with a text layer (made with text recognition, OCR) instead.</source>
        <translation>PDF میں کوئی متن نہیں، صرف صفحات کی تصویریں ہیں (اسکین)؛ ریڈر تصویروں سے متن نہیں پڑھ سکتا۔ اس کے بجائے متن کی تہہ والی PDF استعمال کریں (جو متن کی شناخت، OCR، سے بنی ہو)۔</translation>
    </message>
    <message>
        <source>From a PDF: its layout and images are not kept, only its text.</source>
        <translation>PDF سے: اس کی ترتیب اور تصویریں نہیں رکھی جاتیں، صرف اس کا متن۔</translation>
    </message>
    <message>
        <source>the file is not text in any encoding Reader knows.</source>
        <translation>فائل کسی ایسی انکوڈنگ میں متن نہیں جسے ریڈر جانتا ہو۔</translation>
    </message>
    <message>
        <source>the file has no text besides its title.</source>
        <translation>فائل میں عنوان کے سوا کوئی متن نہیں۔</translation>
    </message>
    <message>
        <source>no article text was found in this web page.</source>
        <translation>اس ویب صفحے میں مضمون کا کوئی متن نہیں ملا۔</translation>
    </message>
    <message>
        <source>the Word document is damaged ({error}).</source>
        <translation>Word دستاویز خراب ہے ({error})۔</translation>
    </message>
    <message>
        <source>the articles folder cannot be written ({error}).</source>
        <translation>مضامین کے فولڈر میں لکھا نہیں جا سکتا ({error})۔</translation>
    </message>
    <message>
        <source>the text is too long for one article ({size} MB; at most {limit} MB).</source>
        <translation>متن ایک مضمون کے لیے بہت لمبا ہے ({size} MB؛ زیادہ سے زیادہ {limit} MB)۔</translation>
    </message>
    <message>
        <source>the article could not be written ({error}).</source>
        <translation>مضمون لکھا نہیں جا سکا ({error})۔</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>Reader</source>
        <translation>ریڈر</translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <source>The address has a name before “@”, which can make it look like another site; the site it leads to is {host}.</source>
        <translation>اس پتے میں “@” سے پہلے ایک نام ہے، جس سے یہ کسی اور سائٹ جیسا لگ سکتا ہے؛ یہ جس سائٹ پر لے جاتا ہے وہ {host} ہے۔</translation>
    </message>
    <message>
        <source>The name {host} mixes letters from different alphabets ({scripts}); look-alike letters can imitate another site's name.</source>
        <translation>نام {host} میں مختلف حروفِ تہجی کے حروف ملے ہوئے ہیں ({scripts})؛ ملتے جلتے حروف کسی اور سائٹ کے نام کی نقل کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>The address contains invisible characters that can change how it looks; they are shown as ⟨U+…⟩.</source>
        <translation>پتے میں نظر نہ آنے والے حروف ہیں جو اس کی شکل بدل سکتے ہیں؛ انہیں ⟨U+…⟩ کے طور پر دکھایا گیا ہے۔</translation>
    </message>
</context>
<context>
    <name>marks</name>
    <message>
        <source>Important (yellow)</source>
        <translation>اہم (پیلا)</translation>
    </message>
    <message>
        <source>Idea (green)</source>
        <translation>خیال (سبز)</translation>
    </message>
    <message>
        <source>Question (blue)</source>
        <translation>سوال (نیلا)</translation>
    </message>
    <message>
        <source>Disagree (pink)</source>
        <translation>اختلاف (گلابی)</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>بُک مارک</translation>
    </message>
    <message>
        <source>Note on “{text}”: {note}</source>
        <translation>“{text}” پر نوٹ: {note}</translation>
    </message>
    <message>
        <source>Note {number} of {count}, on “{text}”: {note}</source>
        <translation>{count} میں سے نوٹ {number}، “{text}” پر: {note}</translation>
    </message>
    <message>
        <source>Imported marks: {added} added, {replaced} updated, {skipped} skipped.</source>
        <translation>درآمد شدہ نشانات: {added} شامل، {replaced} تازہ، {skipped} چھوڑ دیے گئے۔</translation>
    </message>
    <message>
        <source>{count} skipped: {reason}</source>
        <translation>{count} چھوڑ دیے گئے: {reason}</translation>
    </message>
    <message>
        <source>The mark “{quote}” in {article} has a date that cannot be written ({field}); delete it, or import a corrected copy, and export again.</source>
        <translation>{article} میں نشان “{quote}” کی تاریخ لکھی نہیں جا سکتی ({field})؛ اسے حذف کریں، یا درست نقل درآمد کریں، اور دوبارہ برآمد کریں۔</translation>
    </message>
    <message>
        <source>Bookmarks and notes</source>
        <translation>بُک مارکس اور نوٹس</translation>
    </message>
    <message>
        <source>Exported from Reader on {date}.</source>
        <translation>{date} کو ریڈر سے برآمد کیا گیا۔</translation>
    </message>
    <message>
        <source>Bookmark: {name}</source>
        <translation>بُک مارک: {name}</translation>
    </message>
    <message>
        <source>Highlight: {category}</source>
        <translation>نمایاں متن: {category}</translation>
    </message>
    <message>
        <source>Section: {section}</source>
        <translation>حصہ: {section}</translation>
    </message>
    <message>
        <source>(orphaned: no longer found in the article)</source>
        <translation>(متن سے الگ: اب مضمون میں نہیں ملتا)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>نوٹ:</translation>
    </message>
    <message>
        <source>{name} is too large ({size} MB); a marks file is at most {limit} MB.</source>
        <translation>{name} بہت بڑی ہے ({size} MB)؛ نشانات کی فائل زیادہ سے زیادہ {limit} MB کی ہوتی ہے۔</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}.</source>
        <translation>{name} پڑھی نہیں جا سکتی: {reason}۔</translation>
    </message>
    <message>
        <source>{name} is nested too deeply to be a Reader marks file.</source>
        <translation>{name} اتنی گہرائی تک ایک دوسرے کے اندر ہے کہ ریڈر کے نشانات کی فائل نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <source>{name} is not a text file in UTF-8.</source>
        <translation>{name} UTF-8 میں متن کی فائل نہیں ہے۔</translation>
    </message>
    <message>
        <source>{name} is not valid JSON: {reason} (line {line}).</source>
        <translation>{name} درست JSON نہیں ہے: {reason} (سطر {line})۔</translation>
    </message>
    <message>
        <source>{name} holds a number too long to read.</source>
        <translation>{name} میں ایک عدد اتنا لمبا ہے کہ پڑھا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <source>{name} is not a Reader marks file.</source>
        <translation>{name} ریڈر کے نشانات کی فائل نہیں ہے۔</translation>
    </message>
    <message>
        <source>{name} has no valid format version.</source>
        <translation>{name} میں فارمیٹ کا کوئی درست ورژن نہیں۔</translation>
    </message>
    <message>
        <source>{name} was written by a newer version of Reader (format version {version}); update Reader to import it.</source>
        <translation>{name} ریڈر کے نئے ورژن نے لکھی ہے (فارمیٹ ورژن {version})؛ اسے درآمد کرنے کے لیے ریڈر اپ ڈیٹ کریں۔</translation>
    </message>
    <message>
        <source>{name} has no list of marks.</source>
        <translation>{name} میں نشانات کی کوئی فہرست نہیں۔</translation>
    </message>
    <message>
        <source>a highlight needs a category</source>
        <translation>نمایاں متن کے لیے زمرہ ضروری ہے</translation>
    </message>
    <message>
        <source>a bookmark has no category</source>
        <translation>بُک مارک کا کوئی زمرہ نہیں ہوتا</translation>
    </message>
    <message>
        <source>it comes before the start</source>
        <translation>یہ آغاز سے پہلے آتا ہے</translation>
    </message>
    <message>
        <source>it is not an object</source>
        <translation>یہ آبجیکٹ نہیں ہے</translation>
    </message>
    <message>
        <source>Mark {number}, “{field}”: {reason}.</source>
        <translation>نشان {number}، “{field}”: {reason}۔</translation>
    </message>
    <message>
        <source>Mark {number}: {reason}.</source>
        <translation>نشان {number}: {reason}۔</translation>
    </message>
    <message>
        <source>it is missing</source>
        <translation>یہ موجود نہیں</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>یہ خالی ہے</translation>
    </message>
    <message>
        <source>it holds an escaped half of a character pair</source>
        <translation>اس میں حروف کے جوڑے کا آدھا حصہ ہے</translation>
    </message>
    <message>
        <source>it is longer than {limit} characters</source>
        <translation>یہ {limit} حروف سے لمبا ہے</translation>
    </message>
    <message>
        <source>it is negative</source>
        <translation>یہ منفی ہے</translation>
    </message>
    <message>
        <source>it is larger than {limit}</source>
        <translation>یہ {limit} سے بڑا ہے</translation>
    </message>
    <message>
        <source>it is not a UUID</source>
        <translation>یہ UUID نہیں ہے</translation>
    </message>
    <message>
        <source>“{value}” is not one of the choices</source>
        <translation>“{value}” دیے گئے انتخابات میں سے نہیں</translation>
    </message>
    <message>
        <source>it is not a date and time such as 2024-05-01T12:00:00Z</source>
        <translation>یہ 2024-05-01T12:00:00Z جیسی تاریخ اور وقت نہیں</translation>
    </message>
    <message>
        <source>“{value}” is outside the dates Reader can keep (the years 1 to 9999 in UTC)</source>
        <translation>“{value}” ان تاریخوں سے باہر ہے جو ریڈر رکھ سکتا ہے (UTC میں سال 1 سے 9999 تک)</translation>
    </message>
    <message>
        <source>it must be text</source>
        <translation>یہ متن ہونا چاہیے</translation>
    </message>
    <message>
        <source>it must be a whole number</source>
        <translation>یہ پورا عدد ہونا چاہیے</translation>
    </message>
    <message>
        <source>it must be true or false</source>
        <translation>یہ true یا false ہونا چاہیے</translation>
    </message>
    <message>
        <source>it must be an object</source>
        <translation>یہ آبجیکٹ ہونا چاہیے</translation>
    </message>
    <message>
        <source>already saved</source>
        <translation>پہلے سے محفوظ</translation>
    </message>
    <message>
        <source>a newer version is saved</source>
        <translation>نیا ورژن محفوظ ہے</translation>
    </message>
    <message>
        <source>Bookmark: {name}.</source>
        <translation>بُک مارک: {name}۔</translation>
    </message>
    <message>
        <source>Highlight, {category}: {text}</source>
        <translation>نمایاں متن، {category}: {text}</translation>
    </message>
    <message>
        <source>This article has no bookmarks.</source>
        <translation>اس مضمون میں کوئی بُک مارک نہیں۔</translation>
    </message>
    <message>
        <source>No more bookmarks after the caret.</source>
        <translation>کرسر کے بعد مزید کوئی بُک مارک نہیں۔</translation>
    </message>
    <message>
        <source>No more bookmarks before the caret.</source>
        <translation>کرسر سے پہلے مزید کوئی بُک مارک نہیں۔</translation>
    </message>
    <message>
        <source>This article has no notes.</source>
        <translation>اس مضمون میں کوئی نوٹ نہیں۔</translation>
    </message>
    <message>
        <source>No more notes after the caret.</source>
        <translation>کرسر کے بعد مزید کوئی نوٹ نہیں۔</translation>
    </message>
    <message>
        <source>No more notes before the caret.</source>
        <translation>کرسر سے پہلے مزید کوئی نوٹ نہیں۔</translation>
    </message>
    <message>
        <source>This article has no highlights.</source>
        <translation>اس مضمون میں کوئی نمایاں متن نہیں۔</translation>
    </message>
    <message>
        <source>No more highlights after the caret.</source>
        <translation>کرسر کے بعد مزید کوئی نمایاں متن نہیں۔</translation>
    </message>
    <message>
        <source>No more highlights before the caret.</source>
        <translation>کرسر سے پہلے مزید کوئی نمایاں متن نہیں۔</translation>
    </message>
</context>
<context>
    <name>media_session</name>
    <message>
        <source>Reader</source>
        <translation>ریڈر</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation>فائل (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ترمیم (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>جائیں (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>منظر (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>بُک مارکس (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Read Aloud</source>
        <translation>بلند آواز سے پڑھیں (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مدد (&amp;H)</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Something went wrong inside Reader. It will carry on, but what you were doing may not have finished.</source>
        <translation>ریڈر کے اندر کچھ غلط ہو گیا۔ ریڈر چلتا رہے گا، لیکن ہو سکتا ہے آپ کا کام مکمل نہ ہوا ہو۔</translation>
    </message>
    <message>
        <source>The details were written to Reader's log, in {folder}. You can send it to whoever helps you with Reader.</source>
        <translation>تفصیلات ریڈر کے لاگ میں لکھ دی گئیں، {folder} میں۔ آپ اسے اس شخص کو بھیج سکتے ہیں جو ریڈر میں آپ کی مدد کرتا ہے۔</translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation>لاگ فولڈر کھولیں</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>opening it was cancelled.</source>
        <translation>اسے کھولنا منسوخ کر دیا گیا۔</translation>
    </message>
    <message>
        <source>Opening {title}…</source>
        <translation>{title} کھل رہا ہے…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Opening Article</source>
        <translation>مضمون کھل رہا ہے</translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <source>Your display preferences could not be read ({error}); the defaults are used for now.</source>
        <translation>آپ کی ڈسپلے ترجیحات پڑھی نہیں جا سکیں ({error})؛ فی الحال اصل ترتیبات استعمال ہو رہی ہیں۔</translation>
    </message>
    <message>
        <source>The display defaults in {path} could not be read ({error}); Reader's own defaults are used.</source>
        <translation>{path} میں ڈسپلے کی بنیادی ترتیبات پڑھی نہیں جا سکیں ({error})؛ ریڈر کی اپنی ترتیبات استعمال ہو رہی ہیں۔</translation>
    </message>
    <message>
        <source>The display defaults in {path} are not valid; Reader's own defaults are used.</source>
        <translation>{path} میں ڈسپلے کی بنیادی ترتیبات درست نہیں؛ ریڈر کی اپنی ترتیبات استعمال ہو رہی ہیں۔</translation>
    </message>
    <message>
        <source>The display defaults in {path} have values Reader cannot use, so Reader's own defaults are used:
{problems}</source>
        <translation>{path} میں ڈسپلے کی بنیادی ترتیبات کی کچھ قدریں ریڈر استعمال نہیں کر سکتا، اس لیے ریڈر کی اپنی ترتیبات استعمال ہو رہی ہیں:
{problems}</translation>
    </message>
    <message>
        <source>The display defaults in {path} set text colour {text} on background {background}: a contrast of {ratio}:1, below the {needed}:1 needed to read; Reader's own defaults are used.</source>
        <translation>{path} میں ڈسپلے کی بنیادی ترتیبات پس منظر {background} پر متن کا رنگ {text} رکھتی ہیں: کنٹراسٹ {ratio}:1، جو پڑھنے کے لیے درکار {needed}:1 سے کم ہے؛ ریڈر کی اپنی ترتیبات استعمال ہو رہی ہیں۔</translation>
    </message>
    <message>
        <source>The old file was kept as {path}.</source>
        <translation>پرانی فائل {path} کے طور پر رکھ لی گئی۔</translation>
    </message>
    <message>
        <source>Some of your display preferences could not be used and were reset:
{problems}</source>
        <translation>آپ کی کچھ ڈسپلے ترجیحات استعمال نہیں ہو سکیں اور بحال کر دی گئیں:
{problems}</translation>
    </message>
    <message>
        <source>Your display preferences could not be read and were reset.</source>
        <translation>آپ کی ڈسپلے ترجیحات پڑھی نہیں جا سکیں اور بحال کر دی گئیں۔</translation>
    </message>
    <message>
        <source>Your display preferences could not be read and were reset; the old file was kept as {path}.</source>
        <translation>آپ کی ڈسپلے ترجیحات پڑھی نہیں جا سکیں اور بحال کر دی گئیں؛ پرانی فائل {path} کے طور پر رکھ لی گئی۔</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <source>Large print</source>
        <translation>بڑا پرنٹ</translation>
    </message>
    <message>
        <source>High contrast, large</source>
        <translation>زیادہ کنٹراسٹ، بڑا</translation>
    </message>
    <message>
        <source>Dyslexia-friendly</source>
        <translation>ڈسلیکسیا کے لیے موزوں</translation>
    </message>
</context>
<context>
    <name>rendering</name>
    <message>
        <source>the text is nested too deeply (lists or quotes within each other).</source>
        <translation>متن بہت گہرائی تک ایک دوسرے کے اندر ہے (فہرستیں یا اقتباسات ایک دوسرے میں)۔</translation>
    </message>
    <message>
        <source>Converting this article's formatting took too long, so it is shown as plain text, without headings, links or pictures.</source>
        <translation>اس مضمون کی فارمیٹنگ بدلنے میں بہت وقت لگا، اس لیے یہ سادہ متن کے طور پر دکھایا گیا ہے، سرخیوں، لنکس اور تصویروں کے بغیر۔</translation>
    </message>
    <message>
        <source>By {author}</source>
        <translation>مصنف: {author}</translation>
    </message>
    <message>
        <source>Author unknown</source>
        <translation>مصنف نامعلوم</translation>
    </message>
    <message>
        <source>Published {date}</source>
        <translation>اشاعت: {date}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>ماخذ: {source}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Content note:&lt;/b&gt; {note}</source>
        <translation>&lt;b&gt;مواد کے بارے میں انتباہ:&lt;/b&gt; {note}</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source>The safety defaults in {path} cannot be used ({names}); Reader's own are used.</source>
        <translation>{path} میں حفاظت کی بنیادی ترتیبات استعمال نہیں ہو سکتیں ({names})؛ ریڈر کی اپنی ترتیبات استعمال ہو رہی ہیں۔</translation>
    </message>
</context>
<context>
    <name>sanitise</name>
    <message>
        <source>Image</source>
        <translation>تصویر</translation>
    </message>
</context>
<context>
    <name>speech</name>
    <message>
        <source>The audio could not be encoded: {error}</source>
        <translation>آڈیو انکوڈ نہیں ہو سکی: {error}</translation>
    </message>
    <message>
        <source>Text in {script} script that is not marked with its language is read as {language}.</source>
        <translation>{script} رسم الخط کا وہ متن جس پر زبان کا نشان نہیں، {language} میں پڑھا جاتا ہے۔</translation>
    </message>
    <message>
        <source>Read-aloud needs the espeak-ng speech engine. On Debian or Ubuntu, install it with “sudo apt install espeak-ng”; Reader's installers for Windows and macOS include it.</source>
        <translation>بلند خوانی کے لیے espeak-ng انجن درکار ہے۔ Debian یا Ubuntu پر اسے “sudo apt install espeak-ng” سے نصب کریں؛ Windows اور macOS کے لیے ریڈر کے انسٹالرز میں یہ شامل ہے۔</translation>
    </message>
    <message>
        <source>The speech engine could not start ({error}).</source>
        <translation>بولنے والا انجن شروع نہیں ہو سکا ({error})۔</translation>
    </message>
    <message>
        <source>The speech engine stopped answering.</source>
        <translation>بولنے والے انجن نے جواب دینا بند کر دیا۔</translation>
    </message>
    <message>
        <source>The speech engine failed: {error}</source>
        <translation>بولنے والا انجن ناکام ہو گیا: {error}</translation>
    </message>
    <message>
        <source>The speech engine has not started.</source>
        <translation>بولنے والا انجن شروع نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}.</source>
        <translation>{path} میں لکھا نہیں جا سکا: {error}۔</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>Cannot create the folder {folder}: {error}.</source>
        <translation>فولڈر {folder} نہیں بن سکا: {error}۔</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be moved aside ({error}); nothing will be saved this time.</source>
        <translation>{path} خراب ہے اور اسے ایک طرف نہیں کیا جا سکتا ({error})؛ اس بار کچھ محفوظ نہیں ہو گا۔</translation>
    </message>
    <message>
        <source>{count} saved entries in {path} (marks, reading places or settings) hold values Reader cannot use, so they were left out. They are kept in the file unchanged.</source>
        <translation>{path} میں محفوظ {count} اندراجات (نشانات، پڑھنے کی جگہیں یا ترتیبات) میں ایسی قدریں ہیں جو ریڈر استعمال نہیں کر سکتا، اس لیے انہیں چھوڑ دیا گیا۔ وہ فائل میں بغیر تبدیلی کے موجود ہیں۔</translation>
    </message>
    <message>
        <source>Reader could not keep a copy of {path} before upgrading it, so it was left as it is: {reason}</source>
        <translation>ریڈر اپ گریڈ سے پہلے {path} کی نقل نہیں رکھ سکا، اس لیے اسے ویسا ہی چھوڑ دیا گیا: {reason}</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Reader (schema {version}); update Reader to open it.</source>
        <translation>{path} ریڈر کے نئے ورژن نے لکھی ہے (اسکیما {version})؛ اسے کھولنے کے لیے ریڈر اپ ڈیٹ کریں۔</translation>
    </message>
    <message>
        <source>Your reading data in {path} was damaged and nothing in it could be read. It was kept as {kept}, and a fresh store was started.</source>
        <translation>{path} میں آپ کا پڑھنے کا ڈیٹا خراب تھا اور اس میں سے کچھ بھی پڑھا نہیں جا سکا۔ اسے {kept} کے طور پر رکھ لیا گیا، اور نیا ذخیرہ شروع کیا گیا۔</translation>
    </message>
    <message>
        <source>Your reading data in {path} was damaged. It was kept as {kept}, and what could be read was copied into a fresh store: {marks} bookmarks and highlights, and the reading places of {positions} articles. Anything else in it is lost from Reader, but still in the kept file.</source>
        <translation>{path} میں آپ کا پڑھنے کا ڈیٹا خراب تھا۔ اسے {kept} کے طور پر رکھ لیا گیا، اور جو پڑھا جا سکا وہ نئے ذخیرے میں نقل کر دیا گیا: {marks} بُک مارکس اور نمایاں متن، اور {positions} مضامین میں پڑھنے کی جگہیں۔ باقی سب ریڈر سے ضائع ہو گیا، لیکن رکھی گئی فائل میں اب بھی موجود ہے۔</translation>
    </message>
    <message>
        <source>Cannot save to {path}: the file or its folder is read-only.</source>
        <translation>{path} میں محفوظ نہیں ہو سکتا: فائل یا اس کا فولڈر صرف پڑھنے کے لیے ہے۔</translation>
    </message>
    <message>
        <source>Cannot save to {path}: the disk is full. Free some space; nothing saved before is lost.</source>
        <translation>{path} میں محفوظ نہیں ہو سکتا: ڈسک بھری ہوئی ہے۔ کچھ جگہ خالی کریں؛ پہلے محفوظ کیا گیا کچھ ضائع نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Cannot save to {path}: another program is holding it. Try again in a moment.</source>
        <translation>{path} میں محفوظ نہیں ہو سکتا: کوئی اور پروگرام اسے استعمال کر رہا ہے۔ ذرا دیر بعد دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Cannot use {path}: {error}.</source>
        <translation>{path} استعمال نہیں ہو سکتا: {error}۔</translation>
    </message>
</context>
<context>
    <name>themes</name>
    <message>
        <source>Light</source>
        <translation>روشن</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>سیپیا</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>تاریک</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>زیادہ کنٹراسٹ</translation>
    </message>
    <message>
        <source>Yellow on black</source>
        <translation>سیاہ پر پیلا</translation>
    </message>
    <message>
        <source>Black on cream</source>
        <translation>کریم پر سیاہ</translation>
    </message>
    <message>
        <source>Text on background is {ratio}:1; {needed}:1 is needed.</source>
        <translation>پس منظر پر متن {ratio}:1 ہے؛ {needed}:1 درکار ہے۔</translation>
    </message>
    <message>
        <source>Links on background are {ratio}:1; {needed}:1 is needed.</source>
        <translation>پس منظر پر لنکس {ratio}:1 ہیں؛ {needed}:1 درکار ہے۔</translation>
    </message>
    <message>
        <source>Highlighted text is {ratio}:1; {needed}:1 is needed.</source>
        <translation>نمایاں متن {ratio}:1 ہے؛ {needed}:1 درکار ہے۔</translation>
    </message>
    <message>
        <source>Selected text is {ratio}:1; {needed}:1 is needed.</source>
        <translation>منتخب متن {ratio}:1 ہے؛ {needed}:1 درکار ہے۔</translation>
    </message>
    <message>
        <source>The focus indicator on background is {ratio}:1; {needed}:1 is needed.</source>
        <translation>پس منظر پر فوکس کا نشان {ratio}:1 ہے؛ {needed}:1 درکار ہے۔</translation>
    </message>
    <message>
        <source>The focus indicator on panels is {ratio}:1; {needed}:1 is needed.</source>
        <translation>پینلز پر فوکس کا نشان {ratio}:1 ہے؛ {needed}:1 درکار ہے۔</translation>
    </message>
    <message>
        <source>The selection on panels is {ratio}:1; {needed}:1 is needed.</source>
        <translation>پینلز پر انتخاب {ratio}:1 ہے؛ {needed}:1 درکار ہے۔</translation>
    </message>
    <message>
        <source>Text on panels is {ratio}:1; {needed}:1 is needed.</source>
        <translation>پینلز پر متن {ratio}:1 ہے؛ {needed}:1 درکار ہے۔</translation>
    </message>
    <message>
        <source>Secondary text on background is {ratio}:1; {needed}:1 is needed.</source>
        <translation>پس منظر پر ثانوی متن {ratio}:1 ہے؛ {needed}:1 درکار ہے۔</translation>
    </message>
    <message>
        <source>Secondary text on panels is {ratio}:1; {needed}:1 is needed.</source>
        <translation>پینلز پر ثانوی متن {ratio}:1 ہے؛ {needed}:1 درکار ہے۔</translation>
    </message>
    <message>
        <source>Links look too much like the text around them; they need a clearly different colour or {needed}:1 against the text.</source>
        <translation>لنکس اپنے آس پاس کے متن سے بہت ملتے جلتے ہیں؛ انہیں واضح طور پر مختلف رنگ یا متن کے مقابلے میں {needed}:1 چاہیے۔</translation>
    </message>
    <message>
        <source>The highlight hardly stands out from the background; it needs a clearly different colour or {needed}:1 against it.</source>
        <translation>نمایاں رنگ پس منظر سے مشکل سے الگ دکھتا ہے؛ اسے واضح طور پر مختلف رنگ یا اس کے مقابلے میں {needed}:1 چاہیے۔</translation>
    </message>
    <message>
        <source>The selection hardly stands out from the background; it needs a clearly different colour or {needed}:1 against it.</source>
        <translation>انتخاب پس منظر سے مشکل سے الگ دکھتا ہے؛ اسے واضح طور پر مختلف رنگ یا اس کے مقابلے میں {needed}:1 چاہیے۔</translation>
    </message>
    <message>
        <source>The focus indicator and the selection look alike; they need clearly different colours or {needed}:1 between them.</source>
        <translation>فوکس کا نشان اور انتخاب ایک جیسے دکھتے ہیں؛ انہیں واضح طور پر مختلف رنگ یا آپس میں {needed}:1 چاہیے۔</translation>
    </message>
    <message>
        <source>The selection and the highlight look alike; they need clearly different colours or {needed}:1 between them.</source>
        <translation>انتخاب اور نمایاں رنگ ایک جیسے دکھتے ہیں؛ انہیں واضح طور پر مختلف رنگ یا آپس میں {needed}:1 چاہیے۔</translation>
    </message>
    <message>
        <source>Text colour {text} on background {background} has a contrast of {ratio}:1, below the {needed}:1 needed to read, so these colours were not used.</source>
        <translation>پس منظر {background} پر متن کے رنگ {text} کا کنٹراسٹ {ratio}:1 ہے، جو پڑھنے کے لیے درکار {needed}:1 سے کم ہے، اس لیے یہ رنگ استعمال نہیں کیے گئے۔</translation>
    </message>
    <message>
        <source>Contrast {ratio}:1, below 7:1: hard to read for many low-vision readers.</source>
        <translation>کنٹراسٹ {ratio}:1، 7:1 سے کم: کمزور نظر والے بہت سے قارئین کے لیے پڑھنا مشکل۔</translation>
    </message>
</context>
<context>
    <name>theming</name>
    <message>
        <source>Custom colours</source>
        <translation>اپنے رنگ</translation>
    </message>
</context>
</TS>