<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{current} of %n match(es)</source>
        <translation>
            <numerusform>{current} of %n match</numerusform>
            <numerusform>{current} of %n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message numerus="yes">
        <source>Adding %n file(s) to the library.</source>
        <translation>
            <numerusform>Adding %n file to the library.</numerusform>
            <numerusform>Adding %n files to the library.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>%n article(s) added.</source>
        <translation>
            <numerusform>%n article added.</numerusform>
            <numerusform>%n articles added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped.</source>
        <translation>
            <numerusform>%n file skipped.</numerusform>
            <numerusform>%n files skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) not imported.</source>
        <translation>
            <numerusform>Cancelled: %n file not imported.</numerusform>
            <numerusform>Cancelled: %n files not imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message numerus="yes">
        <source>%n min</source>
        <comment>reading time</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Library reloaded: %n article(s); cannot be opened: {problems}.</source>
        <translation>
            <numerusform>Library reloaded: %n article; cannot be opened: {problems}.</numerusform>
            <numerusform>Library reloaded: %n articles; cannot be opened: {problems}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarksController</name>
    <message numerus="yes">
        <source>Exported %n mark(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n mark to {path}.</numerusform>
            <numerusform>Exported %n marks to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message numerus="yes">
        <source>Reading will pause in %n minute(s)</source>
        <translation>
            <numerusform>Reading will pause in %n minute</numerusform>
            <numerusform>Reading will pause in %n minutes</numerusform>
        </translation>
    </message>
</context>
</TS>
