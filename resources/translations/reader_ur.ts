<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
<context>
    <name>AppearanceController</name>
    <message>
        <source>Show Reader in the {name} colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your display preferences could not be saved: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading ruler on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading ruler off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size {percent} %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface size {percent} %.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleNavigator</name>
    <message>
        <source>This link points to a place that is not in the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to go back or forward to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more headings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier heading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}. Section: {section}. {percent} % read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} % read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading level {level}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article text. Move with the arrow keys. H and Shift+H go to the next and previous heading, P and Shift+P to the next and previous paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <source>(orphaned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks of the article in reading order. Enter jumps to one, F2 renames it, Delete deletes it and Ctrl+Z brings it back. Ctrl+Shift+A attaches an orphaned one to the text selected in the article.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ignore vowel marks and accents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore vowel marks and accents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When on, پاکستان finds پاکِستان and cafe finds café (Alt+I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3 or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to find in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{current} of %n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Title or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens the selected article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the selected article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles and text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ort by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No articles match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No articles yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be opened: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reading position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlights and Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight &amp;As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {panel} Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colours of the page and the interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article called “{id}” is in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {title}. Content note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Library reloaded: %n article(s); cannot be opened: {problems}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown articles (*.md *.markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents: {heading}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlights and notes: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles found: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link: {text}, {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link writes an e-mail to:

{address}

Open it in your e-mail program? Reader itself never goes online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link leads out of Reader to:

{address}

Open it in your web browser? Reader itself never goes online; your browser will.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave Reader?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader does not open this link: {address}. Only web addresses and places in the article are opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be opened: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader {version}

An accessible offline reading app. Nothing is ever fetched from the network.

Your articles folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader cannot save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkList</name>
    <message>
        <source>&amp;Attach Here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarksController</name>
    <message>
        <source>Bookmark added: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some text to highlight first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighted as {category}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some text, or move into a highlight, to add a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caret is not in a highlight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark renamed: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark deleted: {name}. Ctrl+Z in the panel undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight deleted. Ctrl+Z in the panel undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mark is in the article already; only an orphaned one is attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the text in the article first, then attach the highlight to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached here: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mark&apos;s text is no longer in the article: {quote}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlights shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlights hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader marks, to import again (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown, to read or print (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n mark(s) to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader marks (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: “{quote}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note on the highlighted text; Ctrl+Enter saves it. Leave it empty to delete the note.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>(orphaned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlights and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlights of the article in reading order, shown in context below. Enter jumps to one, F2 edits its note, Delete deletes it and Ctrl+Z brings it back. Ctrl+Shift+A attaches an orphaned one to the text selected in the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight in context</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Display Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> × text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Justify text (align both edges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrast of the custom colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply &amp;Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line spacing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;aragraph spacing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le&amp;tter spacing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ord spacing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line le&amp;ngth (at most):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom te&amp;xt colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom &amp;background colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading r&amp;uler:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dims all but the lines around the caret; follows the keyboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dim the screen by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size of menus, panels and dialogs, apart from the article&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of menus and dialogs; it changes when you choose OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;esets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spacing and layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aids and interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrast {ratio}:1. Too low: below 4.5:1, most readers will find this hard to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrast {ratio}:1. Below 7:1: hard to read for many low-vision readers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrast {ratio}:1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background Colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>The speech engine has no voices installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to read here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed {speed}×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep timer off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading will pause in %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This is the voice {name}, at the speed you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Voice for a Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No installed voice speaks {languages}. Read those parts with the default voice anyway? It will mispronounce them. Choose Cancel to skip them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech engine stopped answering. Restart Reader to read aloud again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep timer: reading paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <source>Read Aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast to speak: 0.5× to 3×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;peed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice for the article&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vo&amp;ice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear a sentence in the chosen voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume of the speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vol&amp;ume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read Aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (by language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark the Spoken Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a &amp;Coloured Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With an &amp;Underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not at All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the Spoken &amp;Word Too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Footnotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read the Footnotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the notes at the end of the article, or skip them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say References as “&amp;Note 1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where a sentence refers to a footnote, or read the sentence without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Unmarked &amp;Arabic-Script Text As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Urdu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sindhi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pashto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ersian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep &amp;Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause after {n} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeechPlayer</name>
    <message>
        <source>No sound output was found. Connect speakers or headphones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound output failed ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TocPanel</name>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headings of the article. Enter jumps to one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;Open File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Markdown article from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for new or changed articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Articles Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder where you can add your own articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find text in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to where you were before the last jump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go forward again after Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous H&amp;eading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous P&amp;aragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start of Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd of Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where Am I?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say the article, section and percentage read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the library and move to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the table of contents and move to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between the article, the library and the contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lar&amp;ger Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the article&apos;s text larger (also Ctrl+mouse wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the article&apos;s text smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger &amp;Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make menus, panels and dialogs larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller Int&amp;erface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal Interface Si&amp;ze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading &amp;Ruler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dim all but the lines around the caret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display &amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size, font, spacing, colours and reading aids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How to Use Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read Aloud / Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud from the caret, the first sentence in view, or the selection; press again to pause or resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or Resume Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading aloud and leave the caret at the sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip to the next sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the previous sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next P&amp;aragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip to the next paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Paragrap&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the start of this paragraph, or the one before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak more slowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop at the &amp;End of This Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading when the current paragraph ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue into the Next Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end of an article, go on with the next in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Audio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the article, or the selection, as spoken audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark the place of the caret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight the selected text in the last category chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or Edit &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note on the highlight at the caret, or on the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the highlight at the caret, with its note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks &amp;Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the article&apos;s bookmarks and move to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlights and Notes Pan&amp;el</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the article&apos;s highlights and notes and move to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show Highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide every highlight in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export All Marks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every bookmark, highlight and note to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export This Article&apos;s &amp;Marks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this article&apos;s bookmarks, highlights and notes to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Marks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add bookmarks, highlights and notes from an exported file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Reader cannot write to its data folder {folder} ({reason}), so nothing will be saved this time: not your place in an article, your bookmarks, highlights and notes, nor your settings. You can still read every article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}

Reader will work, but will not remember your place this time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>appearance</name>
    <message>
        <source>“{field}” cannot be {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{field}” is {value}; it must be from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of {digits} digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>articles</name>
    <message>
        <source>the article has front matter but no text after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large ({size:.1f} MB; the limit is {limit} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (bad byte at position {position}); save it again as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file contains binary data, not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not start with front matter (a line with three dashes, ---).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter is never closed (no second line of ---).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter is not valid YAML (line {line}): {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter must be a list of &apos;name: value&apos; lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter field &apos;{name}&apos; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter has no &apos;title&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language &apos;{language}&apos; is not a language tag such as &apos;en&apos; or &apos;ur&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>audio</name>
    <message>
        <source>a WAV file holds at most 4 GiB, about {hours} hours of speech</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Export Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech engine is still starting; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AAC audio, small, for phones (*.m4a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAV audio, large (*.wav)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selection as audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the article as audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to read here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {minutes} min {seconds} s of speech to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <source>The address has a name before “@”, which can make it look like another site; the site it leads to is {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name {host} mixes letters from different alphabets ({scripts}); look-alike letters can imitate another site&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address contains invisible characters that can change how it looks; they are shown as ⟨U+…⟩.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marks</name>
    <message>
        <source>Important (yellow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea (green)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question (blue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagree (pink)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported marks: {added} added, {replaced} updated, {skipped} skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} skipped: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mark “{quote}” in {article} has a date that cannot be written ({field}); delete it, or import a corrected copy, and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported from Reader on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight: {category}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section: {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(orphaned: no longer found in the article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is too large ({size} MB); a marks file is at most {limit} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is nested too deeply to be a Reader marks file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a text file in UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not valid JSON: {reason} (line {line}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds a number too long to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a Reader marks file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no valid format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was written by a newer version of Reader (format version {version}); update Reader to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no list of marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a highlight needs a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bookmark has no category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it comes before the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {number}, “{field}”: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {number}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds an escaped half of a character pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not one of the choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a date and time such as 2024-05-01T12:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is outside the dates Reader can keep (the years 1 to 9999 in UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a newer version is saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read Aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Something went wrong inside Reader. It will carry on, but what you were doing may not have finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details were written to Reader&apos;s log, in {folder}. You can send it to whoever helps you with Reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>opening it was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {title}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening Article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <source>Your display preferences could not be read ({error}); the defaults are used for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display defaults in {path} could not be read ({error}); Reader&apos;s own defaults are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display defaults in {path} are not valid; Reader&apos;s own defaults are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display defaults in {path} have values Reader cannot use, so Reader&apos;s own defaults are used:
{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display defaults in {path} set text colour {text} on background {background}: a contrast of {ratio}:1, below the {needed}:1 needed to read; Reader&apos;s own defaults are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old file was kept as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of your display preferences could not be used and were reset:
{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your display preferences could not be read and were reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your display preferences could not be read and were reset; the old file was kept as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <source>Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast, large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dyslexia-friendly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rendering</name>
    <message>
        <source>the text is nested too deeply (lists or quotes within each other).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting this article&apos;s formatting took too long, so it is shown as plain text, without headings, links or pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Content note:&lt;/b&gt; {note}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sanitise</name>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>speech</name>
    <message>
        <source>The audio could not be encoded: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in {script} script that is not marked with its language is read as {language}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-aloud needs the espeak-ng speech engine. On Debian or Ubuntu, install it with “sudo apt install espeak-ng”; Reader&apos;s installers for Windows and macOS include it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech engine could not start ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech engine stopped answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech engine failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech engine has not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>Cannot create the folder {folder}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be moved aside ({error}); nothing will be saved this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} saved entries in {path} (marks, reading places or settings) hold values Reader cannot use, so they were left out. They are kept in the file unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader could not keep a copy of {path} before upgrading it, so it was left as it is: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Reader (schema {version}); update Reader to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reading data in {path} was damaged and nothing in it could be read. It was kept as {kept}, and a fresh store was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reading data in {path} was damaged. It was kept as {kept}, and what could be read was copied into a fresh store: {marks} bookmarks and highlights, and the reading places of {positions} articles. Anything else in it is lost from Reader, but still in the kept file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save to {path}: the file or its folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save to {path}: the disk is full. Free some space; nothing saved before is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save to {path}: another program is holding it. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>themes</name>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow on black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black on cream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text on background is {ratio}:1; {needed}:1 is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links on background are {ratio}:1; {needed}:1 is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighted text is {ratio}:1; {needed}:1 is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected text is {ratio}:1; {needed}:1 is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The focus indicator on background is {ratio}:1; {needed}:1 is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The focus indicator on panels is {ratio}:1; {needed}:1 is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection on panels is {ratio}:1; {needed}:1 is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text on panels is {ratio}:1; {needed}:1 is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary text on background is {ratio}:1; {needed}:1 is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary text on panels is {ratio}:1; {needed}:1 is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links look too much like the text around them; they need a clearly different colour or {needed}:1 against the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highlight hardly stands out from the background; it needs a clearly different colour or {needed}:1 against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection hardly stands out from the background; it needs a clearly different colour or {needed}:1 against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The focus indicator and the selection look alike; they need clearly different colours or {needed}:1 between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection and the highlight look alike; they need clearly different colours or {needed}:1 between them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>theming</name>
    <message>
        <source>Custom colours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
