<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ConcordanceModel</name>
    <message>
        <location filename="../ui/models/ConcordanceModel.cpp" line="85"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../ui/models/ConcordanceModel.cpp" line="87"/>
        <source>Left context</source>
        <translation>Contexto izquierdo</translation>
    </message>
    <message>
        <location filename="../ui/models/ConcordanceModel.cpp" line="89"/>
        <source>Keyword</source>
        <translation>Palabra clave</translation>
    </message>
    <message>
        <location filename="../ui/models/ConcordanceModel.cpp" line="91"/>
        <source>Right context</source>
        <translation>Contexto derecho</translation>
    </message>
</context>
<context>
    <name>CorpusImporter</name>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="51"/>
        <source>%1 is not valid UTF-8, so it was read as windows-1252 (Western European): check that accented letters look right.</source>
        <translation>%1 no es UTF-8 válido, así que se leyó como windows-1252 (Europa occidental): compruebe que las letras con tilde se vean bien.</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="55"/>
        <source>1 invalid byte sequence was replaced by �.</source>
        <translation>Se reemplazó 1 secuencia de bytes no válida por �.</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="56"/>
        <source>%1 invalid byte sequences were replaced by �.</source>
        <translation>Se reemplazaron %1 secuencias de bytes no válidas por �.</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="63"/>
        <source>(and 1 more warning)</source>
        <translation>(y 1 advertencia más)</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="64"/>
        <source>(and %1 more warnings)</source>
        <translation>(y %1 advertencias más)</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="71"/>
        <source>Import corpus files</source>
        <translation>Importar archivos de corpus</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="72"/>
        <source>Texts and tables (*.txt *.md *.csv *.tsv *.tab *.jsonl *.ndjson *.html *.htm *.fortunes);;All files (*)</source>
        <translation>Textos y tablas (*.txt *.md *.csv *.tsv *.tab *.jsonl *.ndjson *.html *.htm *.fortunes);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="83"/>
        <source>Import a folder of texts (one document per file)</source>
        <translation>Importar una carpeta de textos (un documento por archivo)</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="104"/>
        <source>%1 could not be read.

%2</source>
        <translation>No se pudo leer %1.

%2</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="121"/>
        <location filename="../ui/CorpusImporter.cpp" line="154"/>
        <location filename="../ui/CorpusImporter.cpp" line="165"/>
        <source>Loading %1</source>
        <translation>Cargando %1</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="132"/>
        <source>The sample corpus is missing from this build of Lengua.</source>
        <translation>Falta el corpus de muestra en esta compilación de Lengua.</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="136"/>
        <source>Loading the Lengua sample</source>
        <translation>Cargando la muestra de Lengua</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="136"/>
        <source>The Lengua sample</source>
        <translation>La muestra de Lengua</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="137"/>
        <source>Lengua sample</source>
        <translation>Muestra de Lengua</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="191"/>
        <source>%1 could not be loaded.

%2</source>
        <translation>No se pudo cargar %1.

%2</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="202"/>
        <source>Import</source>
        <translation>Importar</translation>
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
        <translation>El corpus que se muestra en este panel (la lista tiene todos los corpus del espacio de trabajo)</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="441"/>
        <source>&amp;Import…</source>
        <translation>I&amp;mportar…</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="442"/>
        <source>Import text files, tables (CSV, TSV, JSON Lines) or HTML as a new corpus; the arrow offers folders and ready-made corpora. You can also drop files on the window.</source>
        <translation>Importa archivos de texto, tablas (CSV, TSV, JSON Lines) o HTML como un corpus nuevo; la flecha ofrece carpetas y corpus ya preparados. También puede soltar archivos sobre la ventana.</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="446"/>
        <source>The documents of the corpus; select one to read it</source>
        <translation>Los documentos del corpus; seleccione uno para leerlo</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="447"/>
        <source>The selected document, as loaded (UTF-8)</source>
        <translation>El documento seleccionado, tal como se cargó (UTF-8)</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="449"/>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="450"/>
        <source>Frequencies</source>
        <translation>Frecuencias</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="451"/>
        <source>Zipf</source>
        <translation>Zipf</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="452"/>
        <source>Concordance</source>
        <translation>Concordancia</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="453"/>
        <source>Sizes of the corpus</source>
        <translation>Medidas del corpus</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="455"/>
        <source>Every word with its count, most frequent first</source>
        <translation>Cada palabra con su frecuencia, de la más frecuente a la menos frecuente</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="456"/>
        <source>Frequency against rank, log-log</source>
        <translation>Frecuencia según el rango, en escala log-log</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="458"/>
        <source>Every occurrence of a word in its context (KWIC)</source>
        <translation>Cada aparición de una palabra en su contexto (KWIC)</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="461"/>
        <source>Documents:</source>
        <translation>Documentos:</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="461"/>
        <source>Sentences:</source>
        <translation>Oraciones:</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="461"/>
        <source>Tokens (running words):</source>
        <translation>Tokens (palabras en total):</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="462"/>
        <source>Types (distinct words):</source>
        <translation>Tipos (palabras distintas):</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="462"/>
        <source>Characters:</source>
        <translation>Caracteres:</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="462"/>
        <source>Type/token ratio:</source>
        <translation>Razón tipo/token:</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="463"/>
        <source>Encoding:</source>
        <translation>Codificación:</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="465"/>
        <source>Number of documents in the corpus</source>
        <translation>Número de documentos del corpus</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="466"/>
        <source>Sentences ending in . ! ? or … (a quick count; the preprocessing lesson splits sentences more carefully)</source>
        <translation>Oraciones que terminan en . ! ? o … (un conteo rápido; la lección de preprocesamiento separa las oraciones con más cuidado)</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="468"/>
        <source>Every word occurrence: N</source>
        <translation>Todas las apariciones de palabras: N</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="469"/>
        <source>Different words after case folding: the vocabulary size |V|</source>
        <translation>Palabras distintas, sin diferenciar mayúsculas de minúsculas: el tamaño del vocabulario |V|</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="470"/>
        <source>Unicode characters, spaces included</source>
        <translation>Caracteres Unicode, incluidos los espacios</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="471"/>
        <source>|V| / N: how varied the vocabulary is; it falls as the corpus grows</source>
        <translation>|V| / N: cuán variado es el vocabulario; disminuye a medida que el corpus crece</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="472"/>
        <source>How the file&apos;s bytes were decoded</source>
        <translation>Cómo se decodificaron los bytes del archivo</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="478"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="478"/>
        <location filename="../ui/panels/CorpusPanel.cpp" line="866"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="480"/>
        <source>Find a word (Ctrl+F)</source>
        <translation>Buscar una palabra (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="481"/>
        <source>Shows only the words that contain this text</source>
        <translation>Muestra solo las palabras que contienen este texto</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="482"/>
        <location filename="../ui/panels/CorpusPanel.cpp" line="501"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="483"/>
        <source>Saves the table as shown (filtered and sorted) as CSV</source>
        <translation>Guarda la tabla tal como se ve (filtrada y ordenada) en formato CSV</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="484"/>
        <source>Click a column header to sort by it</source>
        <translation>Haga clic en el encabezado de una columna para ordenar por ella</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="486"/>
        <source>Each dot is a word: its rank (1 = most frequent) and its count. The dashed line is Zipf&apos;s law, f(r) = f(1) / r. Hover over a dot to see the word.</source>
        <translation>Cada punto es una palabra: su rango (1 = la más frecuente) y su frecuencia. La línea de trazos es la ley de Zipf, f(r) = f(1) / r. Pase el puntero sobre un punto para ver la palabra.</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="489"/>
        <source>Export picture…</source>
        <translation>Exportar imagen…</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="490"/>
        <source>Saves the chart as PNG (twice the screen resolution) or SVG</source>
        <translation>Guarda el gráfico como PNG (al doble de la resolución de la pantalla) o SVG</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="492"/>
        <source>&amp;Word or phrase:</source>
        <translation>&amp;Palabra o frase:</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="493"/>
        <source>e.g. banco</source>
        <translation>p. ej., banco</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="494"/>
        <source>Whole words, case-insensitive: “Banco” finds “banco” but not “bancos”</source>
        <translation>Palabras completas, sin diferenciar mayúsculas: “Banco” encuentra “banco”, pero no “bancos”</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/CorpusPanel.cpp" line="576"/>
        <source>%1
%Ln document(s), from %2</source>
        <translation>
            <numerusform>%1
%Ln documento, de %2</numerusform>
            <numerusform>%1
%Ln documentos, de %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/CorpusPanel.cpp" line="846"/>
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln palabra</numerusform>
            <numerusform>%Ln palabras</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="496"/>
        <source>Con&amp;text:</source>
        <translation>Con&amp;texto:</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="497"/>
        <source> characters</source>
        <translation> caracteres</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="498"/>
        <source>How many characters to show on each side of the keyword</source>
        <translation>Cuántos caracteres se muestran a cada lado de la palabra clave</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="499"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="500"/>
        <source>Lists every occurrence (Enter)</source>
        <translation>Lista todas las apariciones (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="502"/>
        <source>Saves the concordance lines as CSV</source>
        <translation>Guarda las líneas de la concordancia en formato CSV</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="503"/>
        <source>Double-click a line to show it in its document</source>
        <translation>Haga doble clic en una línea para verla en su documento</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="505"/>
        <source>Corpus, vocabulary and Zipf&apos;s law</source>
        <translation>Corpus, vocabulario y ley de Zipf</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="506"/>
        <source>&lt;p&gt;A &lt;b&gt;corpus&lt;/b&gt; is a collection of texts (&lt;i&gt;documents&lt;/i&gt;) gathered to study a language or a task. Every model of the course learns from one, so what it contains matters.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tokens&lt;/b&gt; are the running words of the text (&lt;i&gt;N&lt;/i&gt;); &lt;b&gt;types&lt;/b&gt; are the distinct words, the &lt;b&gt;vocabulary&lt;/b&gt; &lt;i&gt;V&lt;/i&gt;. The &lt;b&gt;type/token ratio&lt;/b&gt; |&lt;i&gt;V&lt;/i&gt;|&amp;nbsp;/&amp;nbsp;&lt;i&gt;N&lt;/i&gt; measures lexical variety.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zipf&apos;s law&lt;/b&gt;: the frequency of a word is roughly inversely proportional to its rank &lt;i&gt;r&lt;/i&gt; in the frequency table,&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:x-large&quot;&gt;&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;r&lt;/i&gt;) &amp;prop; 1&amp;nbsp;/&amp;nbsp;&lt;i&gt;r&lt;/i&gt;&lt;/p&gt;&lt;p&gt;A few words (&lt;i&gt;de, la, que, the&lt;/i&gt;) cover much of the text, and about half of the types occur only once. On log&amp;ndash;log axes the law is a straight line of slope &amp;minus;1.&lt;/p&gt;&lt;p&gt;A &lt;b&gt;concordance&lt;/b&gt; (keyword in context) lists every occurrence of a word with its neighbours: the quickest way to see its senses. Try &lt;i&gt;banco&lt;/i&gt; in the lecture&apos;s example.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un &lt;b&gt;corpus&lt;/b&gt; es una colección de textos (&lt;i&gt;documentos&lt;/i&gt;) reunidos para estudiar una lengua o una tarea. Todos los modelos del curso aprenden de un corpus, así que importa mucho lo que contiene.&lt;/p&gt;&lt;p&gt;Los &lt;b&gt;tokens&lt;/b&gt; son las palabras del texto contadas una por una, con repeticiones (&lt;i&gt;N&lt;/i&gt; en total); los &lt;b&gt;tipos&lt;/b&gt; son las palabras distintas, que forman el &lt;b&gt;vocabulario&lt;/b&gt; &lt;i&gt;V&lt;/i&gt;. La &lt;b&gt;razón tipo/token&lt;/b&gt; |&lt;i&gt;V&lt;/i&gt;|&amp;nbsp;/&amp;nbsp;&lt;i&gt;N&lt;/i&gt; mide la variedad léxica del texto.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ley de Zipf&lt;/b&gt;: la frecuencia de una palabra es, aproximadamente, inversamente proporcional a su rango &lt;i&gt;r&lt;/i&gt; en la tabla de frecuencias,&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:x-large&quot;&gt;&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;r&lt;/i&gt;) &amp;prop; 1&amp;nbsp;/&amp;nbsp;&lt;i&gt;r&lt;/i&gt;&lt;/p&gt;&lt;p&gt;Unas pocas palabras (&lt;i&gt;de, la, que, the&lt;/i&gt;) ocupan buena parte del texto, mientras que cerca de la mitad de los tipos aparece una sola vez. En ejes log&amp;ndash;log, la ley se ve como una recta de pendiente &amp;minus;1.&lt;/p&gt;&lt;p&gt;Una &lt;b&gt;concordancia&lt;/b&gt; (palabra clave en contexto, KWIC) muestra cada aparición de una palabra junto con sus vecinas: es la forma más rápida de descubrir sus distintos sentidos. Pruebe con &lt;i&gt;banco&lt;/i&gt; en el ejemplo de la clase.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="537"/>
        <source>Files…</source>
        <translation>Archivos…</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="538"/>
        <source>A folder (one document per file)…</source>
        <translation>Una carpeta (un documento por archivo)…</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="560"/>
        <source>%1 (install %2)</source>
        <translation>%1 (instale %2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="634"/>
        <source>Counting the words of %1</source>
        <translation>Contando las palabras de %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="649"/>
        <source>Counting… %1%</source>
        <translation>Contando… %1 %</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="653"/>
        <source>The statistics could not be computed: %1</source>
        <translation>No se pudieron calcular las estadísticas: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="659"/>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="681"/>
        <source>%1 (not valid UTF-8)</source>
        <translation>%1 (no es UTF-8 válido)</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="689"/>
        <source>Import a corpus, or load the lecture&apos;s example from the lesson box.</source>
        <translation>Importe un corpus o cargue el ejemplo de la clase desde el recuadro de la lección.</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="696"/>
        <source>Labels (%1)</source>
        <translation>Etiquetas (%1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="714"/>
        <source>The documents have no labels.</source>
        <translation>Los documentos no tienen etiquetas.</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="728"/>
        <source>No document selected</source>
        <translation>Ningún documento seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="733"/>
        <source>Document %1: %2</source>
        <translation>Documento %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="777"/>
        <source>Concordance of “%1”</source>
        <translation>Concordancia de “%1”</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="795"/>
        <source>The search failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="811"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="815"/>
        <source>Type a word and press Enter.</source>
        <translation>Escriba una palabra y pulse Enter.</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="821"/>
        <source>“%1” does not occur in the corpus.</source>
        <translation>“%1” no aparece en el corpus.</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="824"/>
        <source>1 occurrence of “%1”</source>
        <translation>1 aparición de “%1”</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="826"/>
        <source>%1 occurrences of “%2”</source>
        <translation>%1 apariciones de “%2”</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="829"/>
        <source>%1 of %2 occurrences of “%3”</source>
        <translation>%1 de %2 apariciones de “%3”</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="848"/>
        <source>%1 of %2 words</source>
        <translation>%1 de %2 palabras</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="865"/>
        <source>Documents (%1)</source>
        <translation>Documentos (%1)</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../ui/models/DocumentListModel.cpp" line="75"/>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../ui/models/DocumentListModel.cpp" line="77"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../ui/models/DocumentListModel.cpp" line="79"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/models/DocumentListModel.cpp" line="81"/>
        <source>Beginning of the text</source>
        <translation>Comienzo del texto</translation>
    </message>
</context>
<context>
    <name>FrequencyTableModel</name>
    <message>
        <location filename="../ui/models/FrequencyTableModel.cpp" line="96"/>
        <source>Rank</source>
        <translation>Rango</translation>
    </message>
    <message>
        <location filename="../ui/models/FrequencyTableModel.cpp" line="98"/>
        <source>Word</source>
        <translation>Palabra</translation>
    </message>
    <message>
        <location filename="../ui/models/FrequencyTableModel.cpp" line="100"/>
        <source>Count</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location filename="../ui/models/FrequencyTableModel.cpp" line="102"/>
        <source>Relative %</source>
        <translation>% relativo</translation>
    </message>
    <message>
        <location filename="../ui/models/FrequencyTableModel.cpp" line="104"/>
        <source>Cumulative %</source>
        <translation>% acumulado</translation>
    </message>
    <message>
        <location filename="../ui/models/FrequencyTableModel.cpp" line="109"/>
        <source>Position in the list, most frequent word first</source>
        <translation>Posición en la lista; la palabra más frecuente va primero</translation>
    </message>
    <message>
        <location filename="../ui/models/FrequencyTableModel.cpp" line="111"/>
        <source>The word, case-folded (“Banco” and “banco” count as one)</source>
        <translation>La palabra, sin diferenciar mayúsculas (“Banco” y “banco” cuentan como una sola)</translation>
    </message>
    <message>
        <location filename="../ui/models/FrequencyTableModel.cpp" line="113"/>
        <source>How many times the word occurs in the corpus</source>
        <translation>Cuántas veces aparece la palabra en el corpus</translation>
    </message>
    <message>
        <location filename="../ui/models/FrequencyTableModel.cpp" line="115"/>
        <source>Count divided by the number of tokens, in percent</source>
        <translation>La frecuencia dividida por el número de tokens, en porcentaje</translation>
    </message>
    <message>
        <location filename="../ui/models/FrequencyTableModel.cpp" line="117"/>
        <source>Share of all tokens covered by the words up to this rank</source>
        <translation>Porcentaje del total de tokens que cubren las palabras hasta este rango</translation>
    </message>
</context>
<context>
    <name>ImportOptionsDialog</name>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="52"/>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="61"/>
        <source>%1 is read as JSON Lines (one object per line), encoding %2. The first objects are shown below: choose which field holds the text of each document and which, if any, its label.</source>
        <translation>%1 se lee como JSON Lines (un objeto por línea), codificación %2. Abajo se muestran los primeros objetos: elija qué campo contiene el texto de cada documento y cuál, si lo hay, su etiqueta.</translation>
    </message>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="65"/>
        <source>%1 is read as a tab-separated table, encoding %2. The first rows are shown below: choose which column holds the text of each document and which, if any, its label.</source>
        <translation>%1 se lee como una tabla separada por tabuladores, codificación %2. Abajo se muestran las primeras filas: elija qué columna contiene el texto de cada documento y cuál, si la hay, su etiqueta.</translation>
    </message>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="69"/>
        <source>%1 is read as a comma-separated table, encoding %2. The first rows are shown below: choose which column holds the text of each document and which, if any, its label.</source>
        <translation>%1 se lee como una tabla separada por comas, codificación %2. Abajo se muestran las primeras filas: elija qué columna contiene el texto de cada documento y cuál, si la hay, su etiqueta.</translation>
    </message>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="73"/>
        <source>The file has no header row: columns are numbered.</source>
        <translation>El archivo no tiene fila de encabezado: las columnas se numeran.</translation>
    </message>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="102"/>
        <source>The column whose cells become the documents&apos; text</source>
        <translation>La columna cuyas celdas pasan a ser el texto de los documentos</translation>
    </message>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="104"/>
        <source>(automatic: the column with the longest texts)</source>
        <translation>(automática: la columna con los textos más largos)</translation>
    </message>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="107"/>
        <source>An optional class or topic label for each document</source>
        <translation>Una etiqueta opcional de clase o de tema para cada documento</translation>
    </message>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="108"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="121"/>
        <source>Text field:</source>
        <translation>Campo del texto:</translation>
    </message>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="121"/>
        <source>Text column:</source>
        <translation>Columna del texto:</translation>
    </message>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="122"/>
        <source>Label field:</source>
        <translation>Campo de la etiqueta:</translation>
    </message>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="122"/>
        <source>Label column:</source>
        <translation>Columna de la etiqueta:</translation>
    </message>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="125"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>JobHandle</name>
    <message>
        <location filename="../ui/jobs/JobHandle.cpp" line="18"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobHandle.cpp" line="43"/>
        <source>Done</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobHandle.cpp" line="54"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <location filename="../ui/jobs/JobRow.cpp" line="59"/>
        <source>Cancel this job</source>
        <translation>Cancelar esta tarea</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobRow.cpp" line="78"/>
        <source>Finished in %1</source>
        <translation>Terminada en %1</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobRow.cpp" line="81"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobRow.cpp" line="84"/>
        <source>Failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
</context>
<context>
    <name>JobsDock</name>
    <message>
        <location filename="../ui/jobs/JobsDock.cpp" line="81"/>
        <source>Jobs</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsDock.cpp" line="82"/>
        <source>No jobs yet. Long tasks (loading, counting, training) appear here with their progress and a cancel button.</source>
        <translation>Todavía no hay tareas. Las tareas largas (cargar, contar, entrenar) aparecen aquí con su progreso y un botón para cancelarlas.</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsDock.cpp" line="85"/>
        <source>Clear finished</source>
        <translation>Quitar las terminadas</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsDock.cpp" line="86"/>
        <source>Remove finished, failed and cancelled jobs from this list</source>
        <translation>Quita de esta lista las tareas terminadas, fallidas y canceladas</translation>
    </message>
</context>
<context>
    <name>LessonBox</name>
    <message>
        <location filename="../ui/widgets/LessonBox.cpp" line="71"/>
        <source>Load the lecture&apos;s example</source>
        <translation>Cargar el ejemplo de la clase</translation>
    </message>
    <message>
        <location filename="../ui/widgets/LessonBox.cpp" line="72"/>
        <source>Loads the example used in the lecture for this lesson</source>
        <translation>Carga el ejemplo que se usa en la clase para esta lección</translation>
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
        <translation>Documentos, vocabulario, frecuencias, ley de Zipf y concordancias</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="44"/>
        <source>Lengua workspaces (*.lengua)</source>
        <translation>Espacios de trabajo de Lengua (*.lengua)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="224"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="225"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>Sample &amp;corpora</source>
        <translation>Corpus de &amp;muestra</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="227"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="228"/>
        <source>&amp;Theme</source>
        <translation>Te&amp;ma</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="229"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="230"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="231"/>
        <source>&amp;New workspace</source>
        <translation>&amp;Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="232"/>
        <source>Start an empty workspace</source>
        <translation>Empieza un espacio de trabajo vacío</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="233"/>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="234"/>
        <source>&amp;Save workspace</source>
        <translation>&amp;Guardar espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="235"/>
        <source>Save workspace &amp;as…</source>
        <translation>Guardar espacio de trabajo c&amp;omo…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="236"/>
        <source>&amp;Import corpus…</source>
        <translation>&amp;Importar corpus…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="237"/>
        <source>Load text, CSV/TSV, JSON Lines, HTML or fortune files as a corpus</source>
        <translation>Carga archivos de texto, CSV/TSV, JSON Lines, HTML o fortune como un corpus</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="238"/>
        <source>Import &amp;folder…</source>
        <translation>Importar &amp;carpeta…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="239"/>
        <source>Load every text file of a folder, one document per file</source>
        <translation>Carga todos los archivos de texto de una carpeta, un documento por archivo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="240"/>
        <source>&amp;Export current view…</source>
        <translation>E&amp;xportar la vista actual…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="241"/>
        <source>Save the picture (PNG, SVG) or the table (CSV) the panel shows</source>
        <translation>Guarda la imagen (PNG, SVG) o la tabla (CSV) que muestra el panel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="242"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="243"/>
        <source>&amp;Full screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="244"/>
        <source>Lar&amp;ger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="245"/>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="246"/>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="247"/>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="248"/>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="249"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="250"/>
        <source>&amp;About Lengua</source>
        <translation>&amp;Acerca de Lengua</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="251"/>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="252"/>
        <source>&amp;Lessons</source>
        <translation>&amp;Lecciones</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="253"/>
        <source>&amp;Jobs</source>
        <translation>&amp;Tareas</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="352"/>
        <source>Open workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="361"/>
        <source>Opening %1</source>
        <translation>Abriendo %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="370"/>
        <source>Opened %1</source>
        <translation>Se abrió %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="373"/>
        <source>Could not open the workspace</source>
        <translation>No se pudo abrir el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="374"/>
        <source>%1

The workspace you had open is unchanged.</source>
        <translation>%1

El espacio de trabajo que tenía abierto no cambió.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="383"/>
        <source>Saving %1</source>
        <translation>Guardando %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="392"/>
        <source>Saved %1</source>
        <translation>Se guardó %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="398"/>
        <source>Could not save the workspace</source>
        <translation>No se pudo guardar el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="414"/>
        <source>Save workspace</source>
        <translation>Guardar espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="429"/>
        <location filename="../ui/MainWindow.cpp" line="445"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="430"/>
        <source>The workspace has changes that are not saved. Save them first?</source>
        <translation>El espacio de trabajo tiene cambios sin guardar. ¿Quiere guardarlos antes?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="446"/>
        <source>The workspace has changes that are not saved. Save them before quitting?</source>
        <translation>El espacio de trabajo tiene cambios sin guardar. ¿Quiere guardarlos antes de salir?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="488"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="501"/>
        <source>Not installed: run “sudo apt-get install %1” and restart Lengua</source>
        <translation>No está instalado: ejecute “sudo apt-get install %1” y reinicie Lengua</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="504"/>
        <source>From the Debian package %1</source>
        <translation>Del paquete de Debian %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="555"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="559"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="559"/>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="585"/>
        <source>About Lengua</source>
        <translation>Acerca de Lengua</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="586"/>
        <source>&lt;h3&gt;Lengua %1&lt;/h3&gt;&lt;p&gt;A workbench for seeing how language models work: load a corpus, clean and tokenize it, train the models of a modern NLP course on it and look inside each one.&lt;/p&gt;&lt;p&gt;Built with Qt %2, ICU, SQLite, libxml2 and SWORD.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lengua %1&lt;/h3&gt;&lt;p&gt;Un taller para ver cómo funcionan los modelos de lenguaje: cargue un corpus, límpielo y divídalo en tokens, entrene con él los modelos de un curso moderno de NLP y mire por dentro cada uno.&lt;/p&gt;&lt;p&gt;Hecho con Qt %2, ICU, SQLite, libxml2 y SWORD.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="595"/>
        <source>Untitled workspace</source>
        <translation>Espacio de trabajo sin título</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="605"/>
        <source>%n corpus(es) in the workspace</source>
        <translation>
            <numerusform>%n corpus en el espacio de trabajo</numerusform>
            <numerusform>%n corpus en el espacio de trabajo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="608"/>
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n tarea en curso</numerusform>
            <numerusform>%n tareas en curso</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="608"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>ViewExporter</name>
    <message>
        <location filename="../ui/widgets/ViewExporter.cpp" line="60"/>
        <location filename="../ui/widgets/ViewExporter.cpp" line="81"/>
        <source>There is nothing to export: the view is empty.</source>
        <translation>No hay nada que exportar: la vista está vacía.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ViewExporter.cpp" line="71"/>
        <source>%1: the picture could not be written (check the folder exists and is writable).</source>
        <translation>%1: no se pudo escribir la imagen (compruebe que la carpeta exista y que se pueda escribir en ella).</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ViewExporter.cpp" line="90"/>
        <source>Exported from Lengua</source>
        <translation>Exportado desde Lengua</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ViewExporter.cpp" line="93"/>
        <source>%1: the drawing could not be written (check the folder exists and is writable).</source>
        <translation>%1: no se pudo escribir el dibujo (compruebe que la carpeta exista y que se pueda escribir en ella).</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ViewExporter.cpp" line="101"/>
        <source>%1: the drawing could not be written.</source>
        <translation>%1: no se pudo escribir el dibujo.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ViewExporter.cpp" line="110"/>
        <source>There is no table to export.</source>
        <translation>No hay ninguna tabla que exportar.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ViewExporter.cpp" line="116"/>
        <source>%1: the file could not be opened for writing (%2).</source>
        <translation>%1: no se pudo abrir el archivo para escribir (%2).</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ViewExporter.cpp" line="143"/>
        <source>%1: the file could not be written (%2).</source>
        <translation>%1: no se pudo escribir el archivo (%2).</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ViewExporter.cpp" line="153"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ViewExporter.cpp" line="154"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ViewExporter.cpp" line="155"/>
        <location filename="../ui/widgets/ViewExporter.cpp" line="171"/>
        <source>Export picture</source>
        <translation>Exportar imagen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ViewExporter.cpp" line="177"/>
        <location filename="../ui/widgets/ViewExporter.cpp" line="187"/>
        <source>Export table</source>
        <translation>Exportar tabla</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ViewExporter.cpp" line="179"/>
        <source>CSV table (*.csv)</source>
        <translation>Tabla CSV (*.csv)</translation>
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
            <numerusform>Rango %1: “%2”, %Ln aparición</numerusform>
            <numerusform>Rango %1: “%2”, %Ln apariciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/ZipfChart.cpp" line="149"/>
        <source>Zipf&apos;s law: frequency against rank</source>
        <translation>Ley de Zipf: frecuencia según el rango</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ZipfChart.cpp" line="150"/>
        <source>Zipf&apos;s law (load a corpus to see it)</source>
        <translation>Ley de Zipf (cargue un corpus para verla)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ZipfChart.cpp" line="151"/>
        <source>Words of the corpus</source>
        <translation>Palabras del corpus</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ZipfChart.cpp" line="152"/>
        <source>Zipf&apos;s law f(r) = f(1) / r (slope −1)</source>
        <translation>Ley de Zipf: f(r) = f(1) / r</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ZipfChart.cpp" line="153"/>
        <source>Rank r (log scale)</source>
        <translation>Rango r (escala logarítmica)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ZipfChart.cpp" line="154"/>
        <source>Frequency f (log scale)</source>
        <translation>Frecuencia f (escala logarítmica)</translation>
    </message>
</context>
</TS>
