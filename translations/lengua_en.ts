<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ConcordanceModel</name>
    <message>
        <location filename="../ui/models/ConcordanceModel.cpp" line="85"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../ui/models/ConcordanceModel.cpp" line="87"/>
        <source>Left context</source>
        <translation>Left context</translation>
    </message>
    <message>
        <location filename="../ui/models/ConcordanceModel.cpp" line="89"/>
        <source>Keyword</source>
        <translation>Keyword</translation>
    </message>
    <message>
        <location filename="../ui/models/ConcordanceModel.cpp" line="91"/>
        <source>Right context</source>
        <translation>Right context</translation>
    </message>
</context>
<context>
    <name>CorpusImporter</name>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="51"/>
        <source>%1 is not valid UTF-8, so it was read as windows-1252 (Western European): check that accented letters look right.</source>
        <translation>%1 is not valid UTF-8, so it was read as windows-1252 (Western European): check that accented letters look right.</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="55"/>
        <source>1 invalid byte sequence was replaced by �.</source>
        <translation>1 invalid byte sequence was replaced by �.</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="56"/>
        <source>%1 invalid byte sequences were replaced by �.</source>
        <translation>%1 invalid byte sequences were replaced by �.</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="63"/>
        <source>(and 1 more warning)</source>
        <translation>(and 1 more warning)</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="64"/>
        <source>(and %1 more warnings)</source>
        <translation>(and %1 more warnings)</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="71"/>
        <source>Import corpus files</source>
        <translation>Import corpus files</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="72"/>
        <source>Texts and tables (*.txt *.md *.csv *.tsv *.tab *.jsonl *.ndjson *.html *.htm *.fortunes);;All files (*)</source>
        <translation>Texts and tables (*.txt *.md *.csv *.tsv *.tab *.jsonl *.ndjson *.html *.htm *.fortunes);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="83"/>
        <source>Import a folder of texts (one document per file)</source>
        <translation>Import a folder of texts (one document per file)</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="104"/>
        <source>%1 could not be read.

%2</source>
        <translation>%1 could not be read.

%2</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="121"/>
        <location filename="../ui/CorpusImporter.cpp" line="154"/>
        <location filename="../ui/CorpusImporter.cpp" line="165"/>
        <source>Loading %1</source>
        <translation>Loading %1</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="132"/>
        <source>The sample corpus is missing from this build of Lengua.</source>
        <translation>The sample corpus is missing from this build of Lengua.</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="136"/>
        <source>Loading the Lengua sample</source>
        <translation>Loading the Lengua sample</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="136"/>
        <source>The Lengua sample</source>
        <translation>The Lengua sample</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="137"/>
        <source>Lengua sample</source>
        <translation>Lengua sample</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="191"/>
        <source>%1 could not be loaded.

%2</source>
        <translation>%1 could not be loaded.

%2</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="202"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>CorpusPanel</name>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="439"/>
        <source>&amp;Corpus:</source>
        <translation>&amp;Corpus:</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="440"/>
        <source>The corpus shown in this panel (every corpus of the workspace)</source>
        <translation>The corpus shown in this panel (every corpus of the workspace)</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="441"/>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="442"/>
        <source>Import text files, tables (CSV, TSV, JSON Lines) or HTML as a new corpus; the arrow offers folders and ready-made corpora. You can also drop files on the window.</source>
        <translation>Import text files, tables (CSV, TSV, JSON Lines) or HTML as a new corpus; the arrow offers folders and ready-made corpora. You can also drop files on the window.</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="446"/>
        <source>The documents of the corpus; select one to read it</source>
        <translation>The documents of the corpus; select one to read it</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="447"/>
        <source>The selected document, as loaded (UTF-8)</source>
        <translation>The selected document, as loaded (UTF-8)</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="449"/>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="450"/>
        <source>Frequencies</source>
        <translation>Frequencies</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="451"/>
        <source>Zipf</source>
        <translation>Zipf</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="452"/>
        <source>Concordance</source>
        <translation>Concordance</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="453"/>
        <source>Sizes of the corpus</source>
        <translation>Sizes of the corpus</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="455"/>
        <source>Every word with its count, most frequent first</source>
        <translation>Every word with its count, most frequent first</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="456"/>
        <source>Frequency against rank, log-log</source>
        <translation>Frequency against rank, log-log</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="458"/>
        <source>Every occurrence of a word in its context (KWIC)</source>
        <translation>Every occurrence of a word in its context (KWIC)</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="461"/>
        <source>Documents:</source>
        <translation>Documents:</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="461"/>
        <source>Sentences:</source>
        <translation>Sentences:</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="461"/>
        <source>Tokens (running words):</source>
        <translation>Tokens (running words):</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="462"/>
        <source>Types (distinct words):</source>
        <translation>Types (distinct words):</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="462"/>
        <source>Characters:</source>
        <translation>Characters:</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="462"/>
        <source>Type/token ratio:</source>
        <translation>Type/token ratio:</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="463"/>
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="465"/>
        <source>Number of documents in the corpus</source>
        <translation>Number of documents in the corpus</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="466"/>
        <source>Sentences ending in . ! ? or … (a quick count; the preprocessing lesson splits sentences more carefully)</source>
        <translation>Sentences ending in . ! ? or … (a quick count; the preprocessing lesson splits sentences more carefully)</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="468"/>
        <source>Every word occurrence: N</source>
        <translation>Every word occurrence: N</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="469"/>
        <source>Different words after case folding: the vocabulary size |V|</source>
        <translation>Different words after case folding: the vocabulary size |V|</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="470"/>
        <source>Unicode characters, spaces included</source>
        <translation>Unicode characters, spaces included</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="471"/>
        <source>|V| / N: how varied the vocabulary is; it falls as the corpus grows</source>
        <translation>|V| / N: how varied the vocabulary is; it falls as the corpus grows</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="472"/>
        <source>How the file&apos;s bytes were decoded</source>
        <translation>How the file&apos;s bytes were decoded</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="478"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="478"/>
        <location filename="../ui/panels/CorpusPanel.cpp" line="866"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="480"/>
        <source>Find a word (Ctrl+F)</source>
        <translation>Find a word (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="481"/>
        <source>Shows only the words that contain this text</source>
        <translation>Shows only the words that contain this text</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="482"/>
        <location filename="../ui/panels/CorpusPanel.cpp" line="501"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="483"/>
        <source>Saves the table as shown (filtered and sorted) as CSV</source>
        <translation>Saves the table as shown (filtered and sorted) as CSV</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="484"/>
        <source>Click a column header to sort by it</source>
        <translation>Click a column header to sort by it</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="486"/>
        <source>Each dot is a word: its rank (1 = most frequent) and its count. The dashed line is Zipf&apos;s law, f(r) = f(1) / r. Hover over a dot to see the word.</source>
        <translation>Each dot is a word: its rank (1 = most frequent) and its count. The dashed line is Zipf&apos;s law, f(r) = f(1) / r. Hover over a dot to see the word.</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="489"/>
        <source>Export picture…</source>
        <translation>Export picture…</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="490"/>
        <source>Saves the chart as PNG (twice the screen resolution) or SVG</source>
        <translation>Saves the chart as PNG (twice the screen resolution) or SVG</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="492"/>
        <source>&amp;Word or phrase:</source>
        <translation>&amp;Word or phrase:</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="493"/>
        <source>e.g. banco</source>
        <translation>e.g. banco</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="494"/>
        <source>Whole words, case-insensitive: “Banco” finds “banco” but not “bancos”</source>
        <translation>Whole words, case-insensitive: “Banco” finds “banco” but not “bancos”</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/CorpusPanel.cpp" line="576"/>
        <source>%1
%Ln document(s), from %2</source>
        <translation>
            <numerusform>%1
%Ln document, from %2</numerusform>
            <numerusform>%1
%Ln documents, from %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/CorpusPanel.cpp" line="846"/>
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="496"/>
        <source>Con&amp;text:</source>
        <translation>Con&amp;text:</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="497"/>
        <source> characters</source>
        <translation> characters</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="498"/>
        <source>How many characters to show on each side of the keyword</source>
        <translation>How many characters to show on each side of the keyword</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="499"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="500"/>
        <source>Lists every occurrence (Enter)</source>
        <translation>Lists every occurrence (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="502"/>
        <source>Saves the concordance lines as CSV</source>
        <translation>Saves the concordance lines as CSV</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="503"/>
        <source>Double-click a line to show it in its document</source>
        <translation>Double-click a line to show it in its document</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="505"/>
        <source>Corpus, vocabulary and Zipf&apos;s law</source>
        <translation>Corpus, vocabulary and Zipf&apos;s law</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="506"/>
        <source>&lt;p&gt;A &lt;b&gt;corpus&lt;/b&gt; is a collection of texts (&lt;i&gt;documents&lt;/i&gt;) gathered to study a language or a task. Every model of the course learns from one, so what it contains matters.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tokens&lt;/b&gt; are the running words of the text (&lt;i&gt;N&lt;/i&gt;); &lt;b&gt;types&lt;/b&gt; are the distinct words, the &lt;b&gt;vocabulary&lt;/b&gt; &lt;i&gt;V&lt;/i&gt;. The &lt;b&gt;type/token ratio&lt;/b&gt; |&lt;i&gt;V&lt;/i&gt;|&amp;nbsp;/&amp;nbsp;&lt;i&gt;N&lt;/i&gt; measures lexical variety.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zipf&apos;s law&lt;/b&gt;: the frequency of a word is roughly inversely proportional to its rank &lt;i&gt;r&lt;/i&gt; in the frequency table,&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:x-large&quot;&gt;&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;r&lt;/i&gt;) &amp;prop; 1&amp;nbsp;/&amp;nbsp;&lt;i&gt;r&lt;/i&gt;&lt;/p&gt;&lt;p&gt;A few words (&lt;i&gt;de, la, que, the&lt;/i&gt;) cover much of the text, and about half of the types occur only once. On log&amp;ndash;log axes the law is a straight line of slope &amp;minus;1.&lt;/p&gt;&lt;p&gt;A &lt;b&gt;concordance&lt;/b&gt; (keyword in context) lists every occurrence of a word with its neighbours: the quickest way to see its senses. Try &lt;i&gt;banco&lt;/i&gt; in the lecture&apos;s example.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A &lt;b&gt;corpus&lt;/b&gt; is a collection of texts (&lt;i&gt;documents&lt;/i&gt;) gathered to study a language or a task. Every model of the course learns from one, so what it contains matters.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tokens&lt;/b&gt; are the running words of the text (&lt;i&gt;N&lt;/i&gt;); &lt;b&gt;types&lt;/b&gt; are the distinct words, the &lt;b&gt;vocabulary&lt;/b&gt; &lt;i&gt;V&lt;/i&gt;. The &lt;b&gt;type/token ratio&lt;/b&gt; |&lt;i&gt;V&lt;/i&gt;|&amp;nbsp;/&amp;nbsp;&lt;i&gt;N&lt;/i&gt; measures lexical variety.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zipf&apos;s law&lt;/b&gt;: the frequency of a word is roughly inversely proportional to its rank &lt;i&gt;r&lt;/i&gt; in the frequency table,&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:x-large&quot;&gt;&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;r&lt;/i&gt;) &amp;prop; 1&amp;nbsp;/&amp;nbsp;&lt;i&gt;r&lt;/i&gt;&lt;/p&gt;&lt;p&gt;A few words (&lt;i&gt;de, la, que, the&lt;/i&gt;) cover much of the text, and about half of the types occur only once. On log&amp;ndash;log axes the law is a straight line of slope &amp;minus;1.&lt;/p&gt;&lt;p&gt;A &lt;b&gt;concordance&lt;/b&gt; (keyword in context) lists every occurrence of a word with its neighbours: the quickest way to see its senses. Try &lt;i&gt;banco&lt;/i&gt; in the lecture&apos;s example.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="537"/>
        <source>Files…</source>
        <translation>Files…</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="538"/>
        <source>A folder (one document per file)…</source>
        <translation>A folder (one document per file)…</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="560"/>
        <source>%1 (install %2)</source>
        <translation>%1 (install %2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="634"/>
        <source>Counting the words of %1</source>
        <translation>Counting the words of %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="649"/>
        <source>Counting… %1%</source>
        <translation>Counting… %1%</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="653"/>
        <source>The statistics could not be computed: %1</source>
        <translation>The statistics could not be computed: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="659"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="681"/>
        <source>%1 (not valid UTF-8)</source>
        <translation>%1 (not valid UTF-8)</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="689"/>
        <source>Import a corpus, or load the lecture&apos;s example from the lesson box.</source>
        <translation>Import a corpus, or load the lecture&apos;s example from the lesson box.</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="696"/>
        <source>Labels (%1)</source>
        <translation>Labels (%1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="714"/>
        <source>The documents have no labels.</source>
        <translation>The documents have no labels.</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="728"/>
        <source>No document selected</source>
        <translation>No document selected</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="733"/>
        <source>Document %1: %2</source>
        <translation>Document %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="777"/>
        <source>Concordance of “%1”</source>
        <translation>Concordance of “%1”</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="795"/>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="811"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="815"/>
        <source>Type a word and press Enter.</source>
        <translation>Type a word and press Enter.</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="821"/>
        <source>“%1” does not occur in the corpus.</source>
        <translation>“%1” does not occur in the corpus.</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="824"/>
        <source>1 occurrence of “%1”</source>
        <translation>1 occurrence of “%1”</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="826"/>
        <source>%1 occurrences of “%2”</source>
        <translation>%1 occurrences of “%2”</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="829"/>
        <source>%1 of %2 occurrences of “%3”</source>
        <translation>%1 of %2 occurrences of “%3”</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="848"/>
        <source>%1 of %2 words</source>
        <translation>%1 of %2 words</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="865"/>
        <source>Documents (%1)</source>
        <translation>Documents (%1)</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../ui/models/DocumentListModel.cpp" line="75"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/models/DocumentListModel.cpp" line="77"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../ui/models/DocumentListModel.cpp" line="79"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../ui/models/DocumentListModel.cpp" line="81"/>
        <source>Beginning of the text</source>
        <translation>Beginning of the text</translation>
    </message>
</context>
<context>
    <name>FrequencyTableModel</name>
    <message>
        <location filename="../ui/models/FrequencyTableModel.cpp" line="96"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../ui/models/FrequencyTableModel.cpp" line="98"/>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <location filename="../ui/models/FrequencyTableModel.cpp" line="100"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../ui/models/FrequencyTableModel.cpp" line="102"/>
        <source>Relative %</source>
        <translation>Relative %</translation>
    </message>
    <message>
        <location filename="../ui/models/FrequencyTableModel.cpp" line="104"/>
        <source>Cumulative %</source>
        <translation>Cumulative %</translation>
    </message>
    <message>
        <location filename="../ui/models/FrequencyTableModel.cpp" line="109"/>
        <source>Position in the list, most frequent word first</source>
        <translation>Position in the list, most frequent word first</translation>
    </message>
    <message>
        <location filename="../ui/models/FrequencyTableModel.cpp" line="111"/>
        <source>The word, case-folded (“Banco” and “banco” count as one)</source>
        <translation>The word, case-folded (“Banco” and “banco” count as one)</translation>
    </message>
    <message>
        <location filename="../ui/models/FrequencyTableModel.cpp" line="113"/>
        <source>How many times the word occurs in the corpus</source>
        <translation>How many times the word occurs in the corpus</translation>
    </message>
    <message>
        <location filename="../ui/models/FrequencyTableModel.cpp" line="115"/>
        <source>Count divided by the number of tokens, in percent</source>
        <translation>Count divided by the number of tokens, in percent</translation>
    </message>
    <message>
        <location filename="../ui/models/FrequencyTableModel.cpp" line="117"/>
        <source>Share of all tokens covered by the words up to this rank</source>
        <translation>Share of all tokens covered by the words up to this rank</translation>
    </message>
</context>
<context>
    <name>ImportOptionsDialog</name>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="52"/>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="61"/>
        <source>%1 is read as JSON Lines (one object per line), encoding %2. The first objects are shown below: choose which field holds the text of each document and which, if any, its label.</source>
        <translation>%1 is read as JSON Lines (one object per line), encoding %2. The first objects are shown below: choose which field holds the text of each document and which, if any, its label.</translation>
    </message>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="65"/>
        <source>%1 is read as a tab-separated table, encoding %2. The first rows are shown below: choose which column holds the text of each document and which, if any, its label.</source>
        <translation>%1 is read as a tab-separated table, encoding %2. The first rows are shown below: choose which column holds the text of each document and which, if any, its label.</translation>
    </message>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="69"/>
        <source>%1 is read as a comma-separated table, encoding %2. The first rows are shown below: choose which column holds the text of each document and which, if any, its label.</source>
        <translation>%1 is read as a comma-separated table, encoding %2. The first rows are shown below: choose which column holds the text of each document and which, if any, its label.</translation>
    </message>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="73"/>
        <source>The file has no header row: columns are numbered.</source>
        <translation>The file has no header row: columns are numbered.</translation>
    </message>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="102"/>
        <source>The column whose cells become the documents&apos; text</source>
        <translation>The column whose cells become the documents&apos; text</translation>
    </message>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="104"/>
        <source>(automatic: the column with the longest texts)</source>
        <translation>(automatic: the column with the longest texts)</translation>
    </message>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="107"/>
        <source>An optional class or topic label for each document</source>
        <translation>An optional class or topic label for each document</translation>
    </message>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="108"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="121"/>
        <source>Text field:</source>
        <translation>Text field:</translation>
    </message>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="121"/>
        <source>Text column:</source>
        <translation>Text column:</translation>
    </message>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="122"/>
        <source>Label field:</source>
        <translation>Label field:</translation>
    </message>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="122"/>
        <source>Label column:</source>
        <translation>Label column:</translation>
    </message>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="125"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>JobHandle</name>
    <message>
        <location filename="../ui/jobs/JobHandle.cpp" line="18"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobHandle.cpp" line="43"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobHandle.cpp" line="54"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <location filename="../ui/jobs/JobRow.cpp" line="59"/>
        <source>Cancel this job</source>
        <translation>Cancel this job</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobRow.cpp" line="78"/>
        <source>Finished in %1</source>
        <translation>Finished in %1</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobRow.cpp" line="81"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobRow.cpp" line="84"/>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
</context>
<context>
    <name>JobsDock</name>
    <message>
        <location filename="../ui/jobs/JobsDock.cpp" line="81"/>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsDock.cpp" line="82"/>
        <source>No jobs yet. Long tasks (loading, counting, training) appear here with their progress and a cancel button.</source>
        <translation>No jobs yet. Long tasks (loading, counting, training) appear here with their progress and a cancel button.</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsDock.cpp" line="85"/>
        <source>Clear finished</source>
        <translation>Clear finished</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsDock.cpp" line="86"/>
        <source>Remove finished, failed and cancelled jobs from this list</source>
        <translation>Remove finished, failed and cancelled jobs from this list</translation>
    </message>
</context>
<context>
    <name>LessonBox</name>
    <message>
        <location filename="../ui/widgets/LessonBox.cpp" line="71"/>
        <source>Load the lecture&apos;s example</source>
        <translation>Load the lecture&apos;s example</translation>
    </message>
    <message>
        <location filename="../ui/widgets/LessonBox.cpp" line="72"/>
        <source>Loads the example used in the lecture for this lesson</source>
        <translation>Loads the example used in the lecture for this lesson</translation>
    </message>
</context>
<context>
    <name>LessonRegistry</name>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="11"/>
        <source>Corpus</source>
        <translation>Corpus</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="13"/>
        <source>Documents, vocabulary, frequencies, Zipf&apos;s law and concordances</source>
        <translation>Documents, vocabulary, frequencies, Zipf&apos;s law and concordances</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="44"/>
        <source>Lengua workspaces (*.lengua)</source>
        <translation>Lengua workspaces (*.lengua)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="224"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="225"/>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>Sample &amp;corpora</source>
        <translation>Sample &amp;corpora</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="227"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="228"/>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="229"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="230"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="231"/>
        <source>&amp;New workspace</source>
        <translation>&amp;New workspace</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="232"/>
        <source>Start an empty workspace</source>
        <translation>Start an empty workspace</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="233"/>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Open workspace…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="234"/>
        <source>&amp;Save workspace</source>
        <translation>&amp;Save workspace</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="235"/>
        <source>Save workspace &amp;as…</source>
        <translation>Save workspace &amp;as…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="236"/>
        <source>&amp;Import corpus…</source>
        <translation>&amp;Import corpus…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="237"/>
        <source>Load text, CSV/TSV, JSON Lines, HTML or fortune files as a corpus</source>
        <translation>Load text, CSV/TSV, JSON Lines, HTML or fortune files as a corpus</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="238"/>
        <source>Import &amp;folder…</source>
        <translation>Import &amp;folder…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="239"/>
        <source>Load every text file of a folder, one document per file</source>
        <translation>Load every text file of a folder, one document per file</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="240"/>
        <source>&amp;Export current view…</source>
        <translation>&amp;Export current view…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="241"/>
        <source>Save the picture (PNG, SVG) or the table (CSV) the panel shows</source>
        <translation>Save the picture (PNG, SVG) or the table (CSV) the panel shows</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="242"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="243"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="244"/>
        <source>Lar&amp;ger text</source>
        <translation>Lar&amp;ger text</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="245"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="246"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normal text size</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="247"/>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="248"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="249"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="250"/>
        <source>&amp;About Lengua</source>
        <translation>&amp;About Lengua</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="251"/>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="252"/>
        <source>&amp;Lessons</source>
        <translation>&amp;Lessons</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="253"/>
        <source>&amp;Jobs</source>
        <translation>&amp;Jobs</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="352"/>
        <source>Open workspace</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="361"/>
        <source>Opening %1</source>
        <translation>Opening %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="370"/>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="373"/>
        <source>Could not open the workspace</source>
        <translation>Could not open the workspace</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="374"/>
        <source>%1

The workspace you had open is unchanged.</source>
        <translation>%1

The workspace you had open is unchanged.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="383"/>
        <source>Saving %1</source>
        <translation>Saving %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="392"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="398"/>
        <source>Could not save the workspace</source>
        <translation>Could not save the workspace</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="414"/>
        <source>Save workspace</source>
        <translation>Save workspace</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="429"/>
        <location filename="../ui/MainWindow.cpp" line="445"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="430"/>
        <source>The workspace has changes that are not saved. Save them first?</source>
        <translation>The workspace has changes that are not saved. Save them first?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="446"/>
        <source>The workspace has changes that are not saved. Save them before quitting?</source>
        <translation>The workspace has changes that are not saved. Save them before quitting?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="488"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="501"/>
        <source>Not installed: run “sudo apt-get install %1” and restart Lengua</source>
        <translation>Not installed: run “sudo apt-get install %1” and restart Lengua</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="504"/>
        <source>From the Debian package %1</source>
        <translation>From the Debian package %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="555"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="559"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="559"/>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="585"/>
        <source>About Lengua</source>
        <translation>About Lengua</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="586"/>
        <source>&lt;h3&gt;Lengua %1&lt;/h3&gt;&lt;p&gt;A workbench for seeing how language models work: load a corpus, clean and tokenize it, train the models of a modern NLP course on it and look inside each one.&lt;/p&gt;&lt;p&gt;Built with Qt %2, ICU, SQLite, libxml2 and SWORD.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lengua %1&lt;/h3&gt;&lt;p&gt;A workbench for seeing how language models work: load a corpus, clean and tokenize it, train the models of a modern NLP course on it and look inside each one.&lt;/p&gt;&lt;p&gt;Built with Qt %2, ICU, SQLite, libxml2 and SWORD.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="595"/>
        <source>Untitled workspace</source>
        <translation>Untitled workspace</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="605"/>
        <source>%n corpus(es) in the workspace</source>
        <translation>
            <numerusform>%n corpus in the workspace</numerusform>
            <numerusform>%n corpora in the workspace</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="608"/>
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n job running</numerusform>
            <numerusform>%n jobs running</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="608"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
</context>
<context>
    <name>ViewExporter</name>
    <message>
        <location filename="../ui/widgets/ViewExporter.cpp" line="60"/>
        <location filename="../ui/widgets/ViewExporter.cpp" line="81"/>
        <source>There is nothing to export: the view is empty.</source>
        <translation>There is nothing to export: the view is empty.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ViewExporter.cpp" line="71"/>
        <source>%1: the picture could not be written (check the folder exists and is writable).</source>
        <translation>%1: the picture could not be written (check the folder exists and is writable).</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ViewExporter.cpp" line="90"/>
        <source>Exported from Lengua</source>
        <translation>Exported from Lengua</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ViewExporter.cpp" line="93"/>
        <source>%1: the drawing could not be written (check the folder exists and is writable).</source>
        <translation>%1: the drawing could not be written (check the folder exists and is writable).</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ViewExporter.cpp" line="101"/>
        <source>%1: the drawing could not be written.</source>
        <translation>%1: the drawing could not be written.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ViewExporter.cpp" line="110"/>
        <source>There is no table to export.</source>
        <translation>There is no table to export.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ViewExporter.cpp" line="116"/>
        <source>%1: the file could not be opened for writing (%2).</source>
        <translation>%1: the file could not be opened for writing (%2).</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ViewExporter.cpp" line="143"/>
        <source>%1: the file could not be written (%2).</source>
        <translation>%1: the file could not be written (%2).</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ViewExporter.cpp" line="153"/>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ViewExporter.cpp" line="154"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ViewExporter.cpp" line="155"/>
        <location filename="../ui/widgets/ViewExporter.cpp" line="171"/>
        <source>Export picture</source>
        <translation>Export picture</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ViewExporter.cpp" line="177"/>
        <location filename="../ui/widgets/ViewExporter.cpp" line="187"/>
        <source>Export table</source>
        <translation>Export table</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ViewExporter.cpp" line="179"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV table (*.csv)</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../ui/Workspace.cpp" line="17"/>
        <source>corpus</source>
        <translation>corpus</translation>
    </message>
</context>
<context>
    <name>ZipfChart</name>
    <message numerus="yes">
        <location filename="../ui/widgets/ZipfChart.cpp" line="118"/>
        <source>Rank %1: “%2”, %Ln occurrence(s)</source>
        <translation>
            <numerusform>Rank %1: “%2”, %Ln occurrence</numerusform>
            <numerusform>Rank %1: “%2”, %Ln occurrences</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/ZipfChart.cpp" line="149"/>
        <source>Zipf&apos;s law: frequency against rank</source>
        <translation>Zipf&apos;s law: frequency against rank</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ZipfChart.cpp" line="150"/>
        <source>Zipf&apos;s law (load a corpus to see it)</source>
        <translation>Zipf&apos;s law (load a corpus to see it)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ZipfChart.cpp" line="151"/>
        <source>Words of the corpus</source>
        <translation>Words of the corpus</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ZipfChart.cpp" line="152"/>
        <source>Zipf&apos;s law f(r) = f(1) / r (slope −1)</source>
        <translation>Zipf&apos;s law f(r) = f(1) / r (slope −1)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ZipfChart.cpp" line="153"/>
        <source>Rank r (log scale)</source>
        <translation>Rank r (log scale)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ZipfChart.cpp" line="154"/>
        <source>Frequency f (log scale)</source>
        <translation>Frequency f (log scale)</translation>
    </message>
</context>
</TS>
