<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnalogyView</name>
    <message>
        <location filename="../ui/panels/embeddings/AnalogyView.cpp" line="77"/>
        <source>&lt;p&gt;Word vectors keep relations as directions: &lt;b&gt;rey − hombre + mujer&lt;/b&gt; lands near &lt;b&gt;reina&lt;/b&gt; (“hombre is to rey as mujer is to …”). The answer is the word, other than the three given, closest to the result.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Word vectors keep relations as directions: &lt;b&gt;rey − hombre + mujer&lt;/b&gt; lands near &lt;b&gt;reina&lt;/b&gt; (“hombre is to rey as mujer is to …”). The answer is the word, other than the three given, closest to the result.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/AnalogyView.cpp" line="82"/>
        <source>The word to start from (rey)</source>
        <translation>The word to start from (rey)</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/AnalogyView.cpp" line="83"/>
        <source>The word whose meaning is taken away (hombre)</source>
        <translation>The word whose meaning is taken away (hombre)</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/AnalogyView.cpp" line="84"/>
        <source>The word whose meaning is added (mujer)</source>
        <translation>The word whose meaning is added (mujer)</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/AnalogyView.cpp" line="86"/>
        <source>3CosAdd: the cosine with b − a + c (Mikolov et al. 2013). 3CosMul: cos(d, b)·cos(d, c) / (cos(d, a) + ε), so that one large similarity cannot outweigh the others (Levy &amp; Goldberg 2014)</source>
        <translation>3CosAdd: the cosine with b − a + c (Mikolov et al. 2013). 3CosMul: cos(d, b)·cos(d, c) / (cos(d, a) + ε), so that one large similarity cannot outweigh the others (Levy &amp; Goldberg 2014)</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/AnalogyView.cpp" line="89"/>
        <source>&amp;Solve</source>
        <translation>&amp;Solve</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/AnalogyView.cpp" line="90"/>
        <source>Finds the five best answers (Enter in a box does the same)</source>
        <translation>Finds the five best answers (Enter in a box does the same)</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/AnalogyView.cpp" line="91"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/AnalogyView.cpp" line="92"/>
        <source>Saves the table as CSV</source>
        <translation>Saves the table as CSV</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/AnalogyView.cpp" line="93"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/AnalogyView.cpp" line="93"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/AnalogyView.cpp" line="93"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/AnalogyView.cpp" line="120"/>
        <source>No vectors yet: train some on a corpus, or import a file.</source>
        <translation>No vectors yet: train some on a corpus, or import a file.</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/AnalogyView.cpp" line="127"/>
        <source>Type three words.</source>
        <translation>Type three words.</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/AnalogyView.cpp" line="149"/>
        <source>No answer: the vocabulary holds nothing but these words.</source>
        <translation>No answer: the vocabulary holds nothing but these words.</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/AnalogyView.cpp" line="150"/>
        <source>%1 − %2 + %3 ≈ %4</source>
        <translation>%1 − %2 + %3 ≈ %4</translation>
    </message>
</context>
<context>
    <name>AttentionGridView</name>
    <message>
        <location filename="../ui/widgets/AttentionGridView.cpp" line="233"/>
        <source>No attention to show</source>
        <translation>No attention to show</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AttentionGridView.cpp" line="303"/>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AttentionGridView.cpp" line="350"/>
        <source>%1, %2: click to open it large</source>
        <translation>%1, %2: click to open it large</translation>
    </message>
</context>
<context>
    <name>AttentionHeadsTab</name>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="100"/>
        <source>&amp;Layer:</source>
        <translation>&amp;Layer:</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="101"/>
        <source>The transformer block, counted from 0 (closest to the input)</source>
        <translation>The transformer block, counted from 0 (closest to the input)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="102"/>
        <source>&amp;Head:</source>
        <translation>&amp;Head:</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="103"/>
        <source>One attention head of the layer, or every head averaged</source>
        <translation>One attention head of the layer, or every head averaged</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="104"/>
        <source>Lines for &amp;every head</source>
        <translation>Lines for &amp;every head</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="105"/>
        <source>Draws the lines of every head of the layer, one colour each</source>
        <translation>Draws the lines of every head of the layer, one colour each</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="106"/>
        <source>Export &amp;matrix…</source>
        <translation>Export &amp;matrix…</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="107"/>
        <source>Saves the heatmap as PNG or SVG</source>
        <translation>Saves the heatmap as PNG or SVG</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="108"/>
        <source>Export li&amp;nes…</source>
        <translation>Export li&amp;nes…</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="109"/>
        <source>Saves the token lines as PNG or SVG</source>
        <translation>Saves the token lines as PNG or SVG</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="110"/>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="111"/>
        <source>Saves the weights as a table: one row per query, one column per key</source>
        <translation>Saves the weights as a table: one row per query, one column per key</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="112"/>
        <source>Each row of the matrix sums to 1. Hover a token of the lines to keep only its own, click it to pin them; hover a row of the matrix to light its query.</source>
        <translation>Each row of the matrix sums to 1. Hover a token of the lines to keep only its own, click it to pin them; hover a row of the matrix to light its query.</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="114"/>
        <source>Query i (the token that attends)</source>
        <translation>Query i (the token that attends)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="114"/>
        <source>Key j (the token attended to)</source>
        <translation>Key j (the token attended to)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="115"/>
        <source>Wheel: zoom; drag: pan; double click: whole matrix</source>
        <translation>Wheel: zoom; drag: pan; double click: whole matrix</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="116"/>
        <source>Query</source>
        <translation>Query</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="116"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="129"/>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="212"/>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="215"/>
        <source>Head %1</source>
        <translation>Head %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="130"/>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="215"/>
        <source>All heads (average)</source>
        <translation>All heads (average)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="196"/>
        <source>future: masked</source>
        <translation>future: masked</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="198"/>
        <source>layer %1, heads averaged</source>
        <translation>layer %1, heads averaged</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="199"/>
        <source>layer %1, head %2</source>
        <translation>layer %1, head %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="200"/>
        <source>attention %1</source>
        <translation>attention %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="201"/>
        <source>attention lines %1</source>
        <translation>attention lines %1</translation>
    </message>
</context>
<context>
    <name>AttentionMatrixModel</name>
    <message>
        <location filename="../ui/panels/attention/AttentionMatrixModel.cpp" line="41"/>
        <source>query \ key</source>
        <translation>query \ key</translation>
    </message>
</context>
<context>
    <name>AttentionModelTab</name>
    <message>
        <location filename="../ui/panels/attention/AttentionModelTab.cpp" line="45"/>
        <source>&amp;Scale each head to its maximum</source>
        <translation>&amp;Scale each head to its maximum</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionModelTab.cpp" line="46"/>
        <source>On: the brightest cell of every thumbnail is its own largest weight, so weak patterns show. Off: one scale from 0 to 1, so heads compare.</source>
        <translation>On: the brightest cell of every thumbnail is its own largest weight, so weak patterns show. Off: one scale from 0 to 1, so heads compare.</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionModelTab.cpp" line="48"/>
        <source>Export &amp;picture…</source>
        <translation>Export &amp;picture…</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionModelTab.cpp" line="49"/>
        <source>Saves the grid as PNG or SVG</source>
        <translation>Saves the grid as PNG or SVG</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionModelTab.cpp" line="50"/>
        <source>Every head of every layer, queries as rows and keys as columns as in the Heads tab. A diagonal head looks at the token itself, a stripe under it at the previous token, a first column at the first token. Click a head to open it.</source>
        <translation>Every head of every layer, queries as rows and keys as columns as in the Heads tab. A diagonal head looks at the token itself, a stripe under it at the previous token, a first column at the first token. Click a head to open it.</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionModelTab.cpp" line="53"/>
        <source>attention model view</source>
        <translation>attention model view</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionModelTab.cpp" line="63"/>
        <source>Layer %1</source>
        <translation>Layer %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionModelTab.cpp" line="65"/>
        <source>Head %1</source>
        <translation>Head %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionModelTab.cpp" line="68"/>
        <source>Layers (input at the top)</source>
        <translation>Layers (input at the top)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionModelTab.cpp" line="68"/>
        <source>Heads</source>
        <translation>Heads</translation>
    </message>
</context>
<context>
    <name>AttentionPanel</name>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="177"/>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="178"/>
        <source>A GPT of the workspace, trained in the Transformer / GPT lesson or imported</source>
        <translation>A GPT of the workspace, trained in the Transformer / GPT lesson or imported</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="179"/>
        <source>&amp;Sentence from the corpus</source>
        <translation>&amp;Sentence from the corpus</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="180"/>
        <source>Replaces the text with a random sentence of the corpus</source>
        <translation>Replaces the text with a random sentence of the corpus</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="181"/>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="182"/>
        <source>The text the model reads; type or paste your own</source>
        <translation>The text the model reads; type or paste your own</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="184"/>
        <source>Self-attention</source>
        <translation>Self-attention</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="185"/>
        <source>The lecture&apos;s softmax(XXᵀ)X, then Q, K and V</source>
        <translation>The lecture&apos;s softmax(XXᵀ)X, then Q, K and V</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="186"/>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="187"/>
        <source>Sinusoidal and learned positional encodings</source>
        <translation>Sinusoidal and learned positional encodings</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="188"/>
        <source>Normalisation</source>
        <translation>Normalisation</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="190"/>
        <source>Layer norm against batch norm on sentences of different lengths</source>
        <translation>Layer norm against batch norm on sentences of different lengths</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="191"/>
        <source>GPT heads</source>
        <translation>GPT heads</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="193"/>
        <source>One head of a GPT as a matrix and as lines between tokens</source>
        <translation>One head of a GPT as a matrix and as lines between tokens</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="194"/>
        <source>GPT model view</source>
        <translation>GPT model view</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="195"/>
        <source>Every head of every layer at once</source>
        <translation>Every head of every layer at once</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="206"/>
        <source>Self-attention: softmax(XXᵀ)X, then Q, K, V</source>
        <translation>Self-attention: softmax(XXᵀ)X, then Q, K, V</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="207"/>
        <source>&lt;p&gt;Each token&apos;s new vector is a weighted sum of the vectors of its context, with weights that depend on the input: similar words weigh more.&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;y&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; = Σ&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt; α&lt;sub&gt;&lt;i&gt;ij&lt;/i&gt;&lt;/sub&gt; x&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt;,&amp;nbsp; α&lt;sub&gt;&lt;i&gt;ij&lt;/i&gt;&lt;/sub&gt; = softmax&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt;(x&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; · x&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt;)&lt;/p&gt;&lt;p&gt;In a language model the sum stops at the token itself, &lt;i&gt;j&lt;/i&gt; ≤ &lt;i&gt;i&lt;/i&gt;. In matrices:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;&lt;b&gt;Y&lt;/b&gt; = softmax(&lt;b&gt;XX&lt;/b&gt;ᵀ) &lt;b&gt;X&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Queries, keys and values&lt;/b&gt;, as in a film recommender: the user&apos;s tastes (query) are compared with each film&apos;s attributes (key), and the films (values) are mixed by how well they match. Learned matrices make them: &lt;b&gt;Q&lt;/b&gt; = &lt;b&gt;XW&lt;/b&gt;&lt;sup&gt;q&lt;/sup&gt;, &lt;b&gt;K&lt;/b&gt; = &lt;b&gt;XW&lt;/b&gt;&lt;sup&gt;k&lt;/sup&gt;, &lt;b&gt;V&lt;/b&gt; = &lt;b&gt;XW&lt;/b&gt;&lt;sup&gt;v&lt;/sup&gt;, and&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;&lt;b&gt;Y&lt;/b&gt; = softmax(&lt;b&gt;QK&lt;/b&gt;ᵀ / √&lt;i&gt;d&lt;/i&gt;) &lt;b&gt;V&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Each token&apos;s new vector is a weighted sum of the vectors of its context, with weights that depend on the input: similar words weigh more.&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;y&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; = Σ&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt; α&lt;sub&gt;&lt;i&gt;ij&lt;/i&gt;&lt;/sub&gt; x&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt;,&amp;nbsp; α&lt;sub&gt;&lt;i&gt;ij&lt;/i&gt;&lt;/sub&gt; = softmax&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt;(x&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; · x&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt;)&lt;/p&gt;&lt;p&gt;In a language model the sum stops at the token itself, &lt;i&gt;j&lt;/i&gt; ≤ &lt;i&gt;i&lt;/i&gt;. In matrices:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;&lt;b&gt;Y&lt;/b&gt; = softmax(&lt;b&gt;XX&lt;/b&gt;ᵀ) &lt;b&gt;X&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Queries, keys and values&lt;/b&gt;, as in a film recommender: the user&apos;s tastes (query) are compared with each film&apos;s attributes (key), and the films (values) are mixed by how well they match. Learned matrices make them: &lt;b&gt;Q&lt;/b&gt; = &lt;b&gt;XW&lt;/b&gt;&lt;sup&gt;q&lt;/sup&gt;, &lt;b&gt;K&lt;/b&gt; = &lt;b&gt;XW&lt;/b&gt;&lt;sup&gt;k&lt;/sup&gt;, &lt;b&gt;V&lt;/b&gt; = &lt;b&gt;XW&lt;/b&gt;&lt;sup&gt;v&lt;/sup&gt;, and&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;&lt;b&gt;Y&lt;/b&gt; = softmax(&lt;b&gt;QK&lt;/b&gt;ᵀ / √&lt;i&gt;d&lt;/i&gt;) &lt;b&gt;V&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="222"/>
        <source>Positional encoding</source>
        <translation>Positional encoding</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="223"/>
        <source>&lt;p&gt;Attention ignores the order of the words: “Vamos a ir al río en lugar de ir a la facu” and “Vamos a ir a la facu en lugar de ir al río” would get the same weights. So each embedding gets its position added, mixed in rather than appended:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;x̃ = x + r&lt;/p&gt;&lt;p&gt;The lecture&apos;s sinusoids, for position &lt;i&gt;n&lt;/i&gt; and dimension &lt;i&gt;i&lt;/i&gt; of &lt;i&gt;D&lt;/i&gt;:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;r&lt;sub&gt;&lt;i&gt;ni&lt;/i&gt;&lt;/sub&gt; = sin(&lt;i&gt;n&lt;/i&gt; / &lt;i&gt;L&lt;/i&gt;&lt;sup&gt;&lt;i&gt;i&lt;/i&gt;/&lt;i&gt;D&lt;/i&gt;&lt;/sup&gt;) (&lt;i&gt;i&lt;/i&gt; even)&lt;br&gt;r&lt;sub&gt;&lt;i&gt;ni&lt;/i&gt;&lt;/sub&gt; = cos(&lt;i&gt;n&lt;/i&gt; / &lt;i&gt;L&lt;/i&gt;&lt;sup&gt;(&lt;i&gt;i&lt;/i&gt;−1)/&lt;i&gt;D&lt;/i&gt;&lt;/sup&gt;) (&lt;i&gt;i&lt;/i&gt; odd)&lt;/p&gt;&lt;p&gt;The first dimensions turn fast and the last ones slowly, like the hands of a clock (a Fourier basis). GPT learns its position vectors instead.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Attention ignores the order of the words: “Vamos a ir al río en lugar de ir a la facu” and “Vamos a ir a la facu en lugar de ir al río” would get the same weights. So each embedding gets its position added, mixed in rather than appended:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;x̃ = x + r&lt;/p&gt;&lt;p&gt;The lecture&apos;s sinusoids, for position &lt;i&gt;n&lt;/i&gt; and dimension &lt;i&gt;i&lt;/i&gt; of &lt;i&gt;D&lt;/i&gt;:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;r&lt;sub&gt;&lt;i&gt;ni&lt;/i&gt;&lt;/sub&gt; = sin(&lt;i&gt;n&lt;/i&gt; / &lt;i&gt;L&lt;/i&gt;&lt;sup&gt;&lt;i&gt;i&lt;/i&gt;/&lt;i&gt;D&lt;/i&gt;&lt;/sup&gt;) (&lt;i&gt;i&lt;/i&gt; even)&lt;br&gt;r&lt;sub&gt;&lt;i&gt;ni&lt;/i&gt;&lt;/sub&gt; = cos(&lt;i&gt;n&lt;/i&gt; / &lt;i&gt;L&lt;/i&gt;&lt;sup&gt;(&lt;i&gt;i&lt;/i&gt;−1)/&lt;i&gt;D&lt;/i&gt;&lt;/sup&gt;) (&lt;i&gt;i&lt;/i&gt; odd)&lt;/p&gt;&lt;p&gt;The first dimensions turn fast and the last ones slowly, like the hands of a clock (a Fourier basis). GPT learns its position vectors instead.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="235"/>
        <source>Layer normalisation</source>
        <translation>Layer normalisation</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="236"/>
        <source>&lt;p&gt;A transformer block is self-attention and an MLP, each with a residual connection and a &lt;b&gt;layer normalisation&lt;/b&gt;: every token is normalised over its own &lt;i&gt;D&lt;/i&gt; features,&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;LN(x) = γ ⊙ (x − μ) / √(σ² + ε) + β&lt;/p&gt;&lt;p&gt;with μ and σ² the mean and variance of the features of x.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Batch normalisation&lt;/b&gt; normalises each feature over the batch instead. That works for images of one size, but sentences have different lengths: the padding changes the statistics. Layer norm depends neither on the other sentences nor on the length.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A transformer block is self-attention and an MLP, each with a residual connection and a &lt;b&gt;layer normalisation&lt;/b&gt;: every token is normalised over its own &lt;i&gt;D&lt;/i&gt; features,&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;LN(x) = γ ⊙ (x − μ) / √(σ² + ε) + β&lt;/p&gt;&lt;p&gt;with μ and σ² the mean and variance of the features of x.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Batch normalisation&lt;/b&gt; normalises each feature over the batch instead. That works for images of one size, but sentences have different lengths: the padding changes the statistics. Layer norm depends neither on the other sentences nor on the length.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="246"/>
        <source>GPT: causal self-attention</source>
        <translation>GPT: causal self-attention</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="247"/>
        <source>&lt;p&gt;GPT predicts each token from the ones before it, so a token may only attend to the past: the weights of the future are &lt;b&gt;masked&lt;/b&gt; (−∞ before the softmax, so 0 after it).&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;α&lt;sub&gt;&lt;i&gt;ij&lt;/i&gt;&lt;/sub&gt; = softmax&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt;(q&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; · k&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt; / √&lt;i&gt;d&lt;sub&gt;k&lt;/sub&gt;&lt;/i&gt;)&lt;br&gt;for &lt;i&gt;j&lt;/i&gt; ≤ &lt;i&gt;i&lt;/i&gt;&lt;/p&gt;&lt;p&gt;In the matrix, row &lt;i&gt;i&lt;/i&gt; is the query and column &lt;i&gt;j&lt;/i&gt; the key: only the lower triangle is filled, every row sums to 1, and the first token can only look at itself.&lt;/p&gt;&lt;p&gt;Each layer has several &lt;b&gt;heads&lt;/b&gt;, each with its own W&lt;sup&gt;q&lt;/sup&gt;, W&lt;sup&gt;k&lt;/sup&gt;, W&lt;sup&gt;v&lt;/sup&gt;: some look at the previous token, some at the first one, some at related words. The &lt;b&gt;model view&lt;/b&gt; shows every head of every layer; click one to open it.&lt;/p&gt;&lt;p&gt;The example reads a sentence of the corpus with the workspace&apos;s GPT (or trains a small one first).&lt;/p&gt;</source>
        <translation>&lt;p&gt;GPT predicts each token from the ones before it, so a token may only attend to the past: the weights of the future are &lt;b&gt;masked&lt;/b&gt; (−∞ before the softmax, so 0 after it).&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;α&lt;sub&gt;&lt;i&gt;ij&lt;/i&gt;&lt;/sub&gt; = softmax&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt;(q&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; · k&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt; / √&lt;i&gt;d&lt;sub&gt;k&lt;/sub&gt;&lt;/i&gt;)&lt;br&gt;for &lt;i&gt;j&lt;/i&gt; ≤ &lt;i&gt;i&lt;/i&gt;&lt;/p&gt;&lt;p&gt;In the matrix, row &lt;i&gt;i&lt;/i&gt; is the query and column &lt;i&gt;j&lt;/i&gt; the key: only the lower triangle is filled, every row sums to 1, and the first token can only look at itself.&lt;/p&gt;&lt;p&gt;Each layer has several &lt;b&gt;heads&lt;/b&gt;, each with its own W&lt;sup&gt;q&lt;/sup&gt;, W&lt;sup&gt;k&lt;/sup&gt;, W&lt;sup&gt;v&lt;/sup&gt;: some look at the previous token, some at the first one, some at related words. The &lt;b&gt;model view&lt;/b&gt; shows every head of every layer; click one to open it.&lt;/p&gt;&lt;p&gt;The example reads a sentence of the corpus with the workspace&apos;s GPT (or trains a small one first).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="410"/>
        <source>Training the lecture&apos;s small GPT on the corpus… the attention appears when it is ready.</source>
        <translation>Training the lecture&apos;s small GPT on the corpus… the attention appears when it is ready.</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="413"/>
        <source>The lecture&apos;s model could not be trained: %1</source>
        <translation>The lecture&apos;s model could not be trained: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="415"/>
        <source>There is no GPT in the workspace: train one in the Transformer / GPT lesson, import GPT-2 there, or press the lesson&apos;s example button to train a small one here.</source>
        <translation>There is no GPT in the workspace: train one in the Transformer / GPT lesson, import GPT-2 there, or press the lesson&apos;s example button to train a small one here.</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="419"/>
        <source>The model could not read the text: %1</source>
        <translation>The model could not read the text: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="421"/>
        <source>Type a text to see where each of its tokens looks.</source>
        <translation>Type a text to see where each of its tokens looks.</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="423"/>
        <source>Reading the text…</source>
        <translation>Reading the text…</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="425"/>
        <source>%1 tokens · %2 layers × %3 heads.</source>
        <translation>%1 tokens · %2 layers × %3 heads.</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="431"/>
        <source>&lt;b&gt;Sliding window:&lt;/b&gt; the text has %1 tokens but the model reads at most %2, so only the last %2 are shown.</source>
        <translation>&lt;b&gt;Sliding window:&lt;/b&gt; the text has %1 tokens but the model reads at most %2, so only the last %2 are shown.</translation>
    </message>
</context>
<context>
    <name>BeforeAfterView</name>
    <message>
        <location filename="../ui/widgets/BeforeAfterView.cpp" line="262"/>
        <source>Whole pipeline: input → result</source>
        <translation>Whole pipeline: input → result</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BeforeAfterView.cpp" line="264"/>
        <source>Step %1: %2</source>
        <translation>Step %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BeforeAfterView.cpp" line="282"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BeforeAfterView.cpp" line="283"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BeforeAfterView.cpp" line="296"/>
        <source>Before: the original text</source>
        <translation>Before: the original text</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BeforeAfterView.cpp" line="297"/>
        <source>After: the result (one sentence per line, tokens separated by spaces)</source>
        <translation>After: the result (one sentence per line, tokens separated by spaces)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BeforeAfterView.cpp" line="301"/>
        <source>Before “%1”: the original text</source>
        <translation>Before “%1”: the original text</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BeforeAfterView.cpp" line="302"/>
        <source>Before “%1”: after “%2”</source>
        <translation>Before “%1”: after “%2”</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BeforeAfterView.cpp" line="304"/>
        <source>After “%1”</source>
        <translation>After “%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/BeforeAfterView.cpp" line="311"/>
        <source>%Ln edit(s) in %1 step(s)</source>
        <translation>
            <numerusform>%Ln edit in %1 steps</numerusform>
            <numerusform>%Ln edits in %1 steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/BeforeAfterView.cpp" line="312"/>
        <source>%Ln edit(s) in this step</source>
        <translation>
            <numerusform>%Ln edit in this step</numerusform>
            <numerusform>%Ln edits in this step</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/BeforeAfterView.cpp" line="316"/>
        <source>(the changes could not be located in the text, so they are not highlighted)</source>
        <translation>(the changes could not be located in the text, so they are not highlighted)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BeforeAfterView.cpp" line="323"/>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BeforeAfterView.cpp" line="324"/>
        <source>The whole pipeline at once, or one step: what the step received and what it made of it</source>
        <translation>The whole pipeline at once, or one step: what the step received and what it made of it</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BeforeAfterView.cpp" line="327"/>
        <source>&lt;span style=&quot;background:%1;color:%2;text-decoration:line-through&quot;&gt;&amp;nbsp;removed or changed&amp;nbsp;&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&quot;background:%3;color:%4&quot;&gt;&amp;nbsp;added or changed&amp;nbsp;&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;background:%1;color:%2;text-decoration:line-through&quot;&gt;&amp;nbsp;removed or changed&amp;nbsp;&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&quot;background:%3;color:%4&quot;&gt;&amp;nbsp;added or changed&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BeforeAfterView.cpp" line="333"/>
        <source>The text before: what the step removed or changed is red and struck out</source>
        <translation>The text before: what the step removed or changed is red and struck out</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BeforeAfterView.cpp" line="335"/>
        <source>The text after: what the step added or changed is green</source>
        <translation>The text after: what the step added or changed is green</translation>
    </message>
</context>
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
    <name>CooccurrenceComputation</name>
    <message>
        <location filename="../ui/CooccurrenceComputation.cpp" line="143"/>
        <source>Word × word (window)</source>
        <translation>Word × word (window)</translation>
    </message>
    <message>
        <location filename="../ui/CooccurrenceComputation.cpp" line="144"/>
        <source>Word × document</source>
        <translation>Word × document</translation>
    </message>
    <message>
        <location filename="../ui/CooccurrenceComputation.cpp" line="152"/>
        <source>Counts</source>
        <translation>Counts</translation>
    </message>
    <message>
        <location filename="../ui/CooccurrenceComputation.cpp" line="153"/>
        <source>PPMI</source>
        <translation>PPMI</translation>
    </message>
    <message>
        <location filename="../ui/CooccurrenceComputation.cpp" line="154"/>
        <source>PPMI, α = 0.75</source>
        <translation>PPMI, α = 0.75</translation>
    </message>
    <message>
        <location filename="../ui/CooccurrenceComputation.cpp" line="155"/>
        <source>TF-IDF</source>
        <translation>TF-IDF</translation>
    </message>
    <message>
        <location filename="../ui/CooccurrenceComputation.cpp" line="163"/>
        <source>By frequency</source>
        <translation>By frequency</translation>
    </message>
    <message>
        <location filename="../ui/CooccurrenceComputation.cpp" line="164"/>
        <source>Alphabetical</source>
        <translation>Alphabetical</translation>
    </message>
    <message>
        <location filename="../ui/CooccurrenceComputation.cpp" line="165"/>
        <source>Clustered (similar rows together)</source>
        <translation>Clustered (similar rows together)</translation>
    </message>
    <message>
        <location filename="../ui/CooccurrenceComputation.cpp" line="172"/>
        <source>Counting %1 in %2</source>
        <translation>Counting %1 in %2</translation>
    </message>
</context>
<context>
    <name>CooccurrenceControls</name>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceControls.cpp" line="68"/>
        <source>What to count</source>
        <translation>What to count</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceControls.cpp" line="68"/>
        <source>&amp;Corpus:</source>
        <translation>&amp;Corpus:</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceControls.cpp" line="69"/>
        <source>The text to count: a processed corpus as it is, or a raw corpus cleaned, split into lower-case words</source>
        <translation>The text to count: a processed corpus as it is, or a raw corpus cleaned, split into lower-case words</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceControls.cpp" line="75"/>
        <source>&amp;Matrix:</source>
        <translation>&amp;Matrix:</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceControls.cpp" line="76"/>
        <source>Word × word: how often two words appear near each other. Word × document: how often each word appears in each document</source>
        <translation>Word × word: how often two words appear near each other. Word × document: how often each word appears in each document</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceControls.cpp" line="80"/>
        <source>&amp;Window:</source>
        <translation>&amp;Window:</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceControls.cpp" line="81"/>
        <source>Words counted on each side of a word (the lecture uses 4 to 10)</source>
        <translation>Words counted on each side of a word (the lecture uses 4 to 10)</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceControls.cpp" line="82"/>
        <source> words each side</source>
        <translation> words each side</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceControls.cpp" line="83"/>
        <source>Weight by &amp;distance (1/d)</source>
        <translation>Weight by &amp;distance (1/d)</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceControls.cpp" line="84"/>
        <source>A neighbour d words away adds 1/d instead of 1</source>
        <translation>A neighbour d words away adds 1/d instead of 1</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceControls.cpp" line="85"/>
        <source>W&amp;eighting:</source>
        <translation>W&amp;eighting:</translation>
    </message>
    <message>
        <source>&amp;Weighting:</source>
        <translation type="vanished">&amp;Weighting:</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceControls.cpp" line="86"/>
        <source>Counts as they are; PPMI: how much more often two words meet than by chance; TF-IDF: counts flattened by a log and weighted by how rare the word is</source>
        <translation>Counts as they are; PPMI: how much more often two words meet than by chance; TF-IDF: counts flattened by a log and weighted by how rare the word is</translation>
    </message>
    <message>
        <source>Min. c&amp;ount:</source>
        <translation type="vanished">Min. c&amp;ount:</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceControls.cpp" line="91"/>
        <source>Words seen fewer times are left out</source>
        <translation>Words seen fewer times are left out</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceControls.cpp" line="91"/>
        <source>M&amp;in. count:</source>
        <translation>M&amp;in. count:</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceControls.cpp" line="92"/>
        <source>Leave out &amp;stop words</source>
        <translation>Leave out &amp;stop words</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceControls.cpp" line="93"/>
        <source>Function words (de, la, the, of…) co-occur with everything; a processed corpus keeps its own choice</source>
        <translation>Function words (de, la, the, of…) co-occur with everything; a processed corpus keeps its own choice</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceControls.cpp" line="71"/>
        <source>C&amp;ount</source>
        <translation>C&amp;ount</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceControls.cpp" line="71"/>
        <source>Counts the matrix of the corpus (Ctrl+Enter)</source>
        <translation>Counts the matrix of the corpus (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Cancel</translation>
    </message>
    <message>
        <source>%1 (processed)</source>
        <translation type="vanished">%1 (processed)</translation>
    </message>
    <message>
        <source>(none: load a corpus)</source>
        <translation type="vanished">(none: load a corpus)</translation>
    </message>
</context>
<context>
    <name>CooccurrenceMatrixTab</name>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="150"/>
        <source>&amp;Top words:</source>
        <translation>&amp;Top words:</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="151"/>
        <source>The most frequent words of the vocabulary drawn as rows</source>
        <translation>The most frequent words of the vocabulary drawn as rows</translation>
    </message>
    <message>
        <source>or &amp;these words:</source>
        <translation type="vanished">or &amp;these words:</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="152"/>
        <source>or t&amp;hese words:</source>
        <translation>or t&amp;hese words:</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="153"/>
        <source>e.g. banco, dinero, río, agua (Enter)</source>
        <translation>e.g. banco, dinero, río, agua (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="154"/>
        <source>Your own word list, separated by commas or spaces; Enter draws it</source>
        <translation>Your own word list, separated by commas or spaces; Enter draws it</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="155"/>
        <source>&amp;Rows:</source>
        <translation>&amp;Rows:</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="156"/>
        <source>Clustering puts rows with similar vectors next to each other, so topics show up as blocks</source>
        <translation>Clustering puts rows with similar vectors next to each other, so topics show up as blocks</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="161"/>
        <source>&amp;Log colour scale</source>
        <translation>&amp;Log colour scale</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="162"/>
        <source>Colours follow the logarithm of the value, so a few huge counts do not wash out the rest</source>
        <translation>Colours follow the logarithm of the value, so a few huge counts do not wash out the rest</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="164"/>
        <source>Picture…</source>
        <translation>Picture…</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="165"/>
        <source>Saves the heatmap as PNG or SVG</source>
        <translation>Saves the heatmap as PNG or SVG</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="166"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="167"/>
        <source>Saves the values shown as a CSV table</source>
        <translation>Saves the values shown as a CSV table</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="204"/>
        <source>Drawing the %1 heatmap</source>
        <translation>Drawing the %1 heatmap</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="226"/>
        <source>word \ document</source>
        <translation>word \ document</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="227"/>
        <source>word \ context</source>
        <translation>word \ context</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="235"/>
        <source>Nothing counted yet: choose a corpus and press Count.</source>
        <translation>Nothing counted yet: choose a corpus and press Count.</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="242"/>
        <source>%1 of word × word co-occurrence, window %2%3</source>
        <translation>%1 of word × word co-occurrence, window %2%3</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="245"/>
        <source>, weighted by 1/distance</source>
        <translation>, weighted by 1/distance</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="246"/>
        <source>%1 of the word × document matrix</source>
        <translation>%1 of the word × document matrix</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="248"/>
        <source>%1 · %2 rows of %3 words · %4</source>
        <translation>%1 · %2 rows of %3 words · %4</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="252"/>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="252"/>
        <source>Context word</source>
        <translation>Context word</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="252"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="259"/>
        <source>The heatmap could not be drawn: %1</source>
        <translation>The heatmap could not be drawn: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="263"/>
        <source>“%1” is not in the vocabulary, and no word is close to it.</source>
        <translation>“%1” is not in the vocabulary, and no word is close to it.</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="271"/>
        <source>“%1” is not in the vocabulary. Did you mean: %2?</source>
        <translation>“%1” is not in the vocabulary. Did you mean: %2?</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="276"/>
        <source>&lt;b&gt;Too large to draw cell by cell:&lt;/b&gt; %1 rows were asked for; the first %2 (the most frequent) are shown.</source>
        <translation>&lt;b&gt;Too large to draw cell by cell:&lt;/b&gt; %1 rows were asked for; the first %2 (the most frequent) are shown.</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="281"/>
        <source>&lt;b&gt;Too large to draw cell by cell:&lt;/b&gt; the corpus has %1 documents; the first %2 are shown.</source>
        <translation>&lt;b&gt;Too large to draw cell by cell:&lt;/b&gt; the corpus has %1 documents; the first %2 are shown.</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="286"/>
        <source>Too many rows to cluster quickly: they are shown by frequency (cluster at most 600).</source>
        <translation>Too many rows to cluster quickly: they are shown by frequency (cluster at most 600).</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="305"/>
        <source>Point at a cell to read its value; wheel to zoom, drag to pan, double-click to see everything; click a row for its neighbours.</source>
        <translation>Point at a cell to read its value; wheel to zoom, drag to pan, double-click to see everything; click a row for its neighbours.</translation>
    </message>
</context>
<context>
    <name>CooccurrencePanel</name>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="125"/>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="127"/>
        <source>The counted matrix as a heatmap: word × word or word × document</source>
        <translation>The counted matrix as a heatmap: word × word or word × document</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="128"/>
        <source>Similarity</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="130"/>
        <source>Cosine between words or documents, and a word&apos;s nearest neighbours</source>
        <translation>Cosine between words or documents, and a word&apos;s nearest neighbours</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="131"/>
        <source>Lecture&apos;s table</source>
        <translation>Lecture&apos;s table</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="133"/>
        <source>cherry, digital, information: dot product against cosine; bag of words</source>
        <translation>cherry, digital, information: dot product against cosine; bag of words</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="134"/>
        <source>TF-IDF search</source>
        <translation>TF-IDF search</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="136"/>
        <source>Ranking documents by TF-IDF cosine and by BM25; the formulas filled in</source>
        <translation>Ranking documents by TF-IDF cosine and by BM25; the formulas filled in</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="144"/>
        <source>Co-occurrence matrices</source>
        <translation>Co-occurrence matrices</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="145"/>
        <source>&lt;p&gt;&lt;b&gt;Word × document:&lt;/b&gt; the words in the rows, the documents in the columns, and in each cell how many times the word appears in the document. Each row is a vector that represents the word.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Word × word:&lt;/b&gt; each cell counts how often two words appear together in a context, 4 to 10 words around the word.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Idea:&lt;/i&gt; words that often appear together in a context are more closely related in meaning than words that rarely do.&lt;/p&gt;&lt;p&gt;Raw counts favour frequent words. &lt;b&gt;PPMI&lt;/b&gt; keeps what is more frequent than chance:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;PPMI(w, c) =&lt;br&gt;max(0, log&lt;sub&gt;2&lt;/sub&gt; P(w, c) / (P(w) P(c)))&lt;/p&gt;&lt;p&gt;Cluster the rows and topics appear as blocks along the diagonal.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Word × document:&lt;/b&gt; the words in the rows, the documents in the columns, and in each cell how many times the word appears in the document. Each row is a vector that represents the word.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Word × word:&lt;/b&gt; each cell counts how often two words appear together in a context, 4 to 10 words around the word.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Idea:&lt;/i&gt; words that often appear together in a context are more closely related in meaning than words that rarely do.&lt;/p&gt;&lt;p&gt;Raw counts favour frequent words. &lt;b&gt;PPMI&lt;/b&gt; keeps what is more frequent than chance:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;PPMI(w, c) =&lt;br&gt;max(0, log&lt;sub&gt;2&lt;/sub&gt; P(w, c) / (P(w) P(c)))&lt;/p&gt;&lt;p&gt;Cluster the rows and topics appear as blocks along the diagonal.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="159"/>
        <source>Similarity between vectors</source>
        <translation>Similarity between vectors</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="160"/>
        <source>&lt;p&gt;With words (or documents) as vectors, how similar are two of them? By how much the vectors overlap, the dot product:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;&lt;b&gt;v&lt;/b&gt; · &lt;b&gt;w&lt;/b&gt; = Σ&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; v&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; w&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt;&lt;/p&gt;&lt;p&gt;To make it independent of the magnitude, divide by the lengths of the vectors:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;cos(&lt;b&gt;v&lt;/b&gt;, &lt;b&gt;w&lt;/b&gt;) = &lt;b&gt;v&lt;/b&gt; · &lt;b&gt;w&lt;/b&gt; / (|&lt;b&gt;v&lt;/b&gt;| |&lt;b&gt;w&lt;/b&gt;|)&lt;/p&gt;&lt;p&gt;The nearest neighbours of a word are the words whose rows point the same way: they appear in the same contexts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;With words (or documents) as vectors, how similar are two of them? By how much the vectors overlap, the dot product:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;&lt;b&gt;v&lt;/b&gt; · &lt;b&gt;w&lt;/b&gt; = Σ&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; v&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; w&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt;&lt;/p&gt;&lt;p&gt;To make it independent of the magnitude, divide by the lengths of the vectors:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;cos(&lt;b&gt;v&lt;/b&gt;, &lt;b&gt;w&lt;/b&gt;) = &lt;b&gt;v&lt;/b&gt; · &lt;b&gt;w&lt;/b&gt; / (|&lt;b&gt;v&lt;/b&gt;| |&lt;b&gt;w&lt;/b&gt;|)&lt;/p&gt;&lt;p&gt;The nearest neighbours of a word are the words whose rows point the same way: they appear in the same contexts.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="171"/>
        <source>Dot product, cosine and bag of words</source>
        <translation>Dot product, cosine and bag of words</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="172"/>
        <source>&lt;p&gt;The lecture&apos;s table counts how often cherry, digital and information appear near pie, data and computer.&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;cos(&lt;b&gt;v&lt;/b&gt;, &lt;b&gt;w&lt;/b&gt;) = &lt;b&gt;v&lt;/b&gt; · &lt;b&gt;w&lt;/b&gt; / (|&lt;b&gt;v&lt;/b&gt;| |&lt;b&gt;w&lt;/b&gt;|)&lt;/p&gt;&lt;p&gt;cos(cherry, information) = 0.018 and cos(digital, information) = 0.996: information is a “digital” word.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bag of words:&lt;/b&gt; each word is a one-hot vector the size of the vocabulary, a 1 in its place and 0 elsewhere; a sentence is the sum of its words&apos; vectors. There is no sense of order: “el perro mordió al hombre” and “el hombre mordió al perro” get the same vector.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The lecture&apos;s table counts how often cherry, digital and information appear near pie, data and computer.&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;cos(&lt;b&gt;v&lt;/b&gt;, &lt;b&gt;w&lt;/b&gt;) = &lt;b&gt;v&lt;/b&gt; · &lt;b&gt;w&lt;/b&gt; / (|&lt;b&gt;v&lt;/b&gt;| |&lt;b&gt;w&lt;/b&gt;|)&lt;/p&gt;&lt;p&gt;cos(cherry, information) = 0.018 and cos(digital, information) = 0.996: information is a “digital” word.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bag of words:&lt;/b&gt; each word is a one-hot vector the size of the vocabulary, a 1 in its place and 0 elsewhere; a sentence is the sum of its words&apos; vectors. There is no sense of order: “el perro mordió al hombre” and “el hombre mordió al perro” get the same vector.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="184"/>
        <source>TF-IDF</source>
        <translation>TF-IDF</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="185"/>
        <source>&lt;p&gt;A word × document matrix only counts; frequent words do not always add meaning. TF-IDF flattens large counts and gives more weight to words found in few documents:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;tf&lt;sub&gt;&lt;i&gt;t,d&lt;/i&gt;&lt;/sub&gt; = log&lt;sub&gt;10&lt;/sub&gt;(1 + count(&lt;i&gt;t&lt;/i&gt;, &lt;i&gt;d&lt;/i&gt;))&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;idf&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt; = log&lt;sub&gt;10&lt;/sub&gt;(&lt;i&gt;N&lt;/i&gt; / df&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;)&lt;/p&gt;&lt;p&gt;&lt;i&gt;N&lt;/i&gt; is the number of documents and df&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt; the number of documents where &lt;i&gt;t&lt;/i&gt; appears. A word found in every document gets idf = 0.&lt;/p&gt;&lt;p&gt;A query is ranked by the cosine of its TF-IDF vector with each document&apos;s; BM25, next to it, is what search engines use.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A word × document matrix only counts; frequent words do not always add meaning. TF-IDF flattens large counts and gives more weight to words found in few documents:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;tf&lt;sub&gt;&lt;i&gt;t,d&lt;/i&gt;&lt;/sub&gt; = log&lt;sub&gt;10&lt;/sub&gt;(1 + count(&lt;i&gt;t&lt;/i&gt;, &lt;i&gt;d&lt;/i&gt;))&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;idf&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt; = log&lt;sub&gt;10&lt;/sub&gt;(&lt;i&gt;N&lt;/i&gt; / df&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;)&lt;/p&gt;&lt;p&gt;&lt;i&gt;N&lt;/i&gt; is the number of documents and df&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt; the number of documents where &lt;i&gt;t&lt;/i&gt; appears. A word found in every document gets idf = 0.&lt;/p&gt;&lt;p&gt;A query is ranked by the cosine of its TF-IDF vector with each document&apos;s; BM25, next to it, is what search engines use.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="209"/>
        <source>Load or choose a corpus to count.</source>
        <translation>Load or choose a corpus to count.</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="218"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="235"/>
        <source>Counting failed: %1</source>
        <translation>Counting failed: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="242"/>
        <source>Counting was cancelled.</source>
        <translation>Counting was cancelled.</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="252"/>
        <source>%1 words × %2 %3 · %4 non-zero cells · %5 documents, %6 words of text · %7 s</source>
        <translation>%1 words × %2 %3 · %4 non-zero cells · %5 documents, %6 words of text · %7 s</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="255"/>
        <source>context words</source>
        <translation>context words</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="255"/>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="302"/>
        <source>Loading the sample corpus…</source>
        <translation>Loading the sample corpus…</translation>
    </message>
</context>
<context>
    <name>CooccurrenceSimilarityTab</name>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="80"/>
        <source>cos(%1)</source>
        <translation>cos(%1)</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation type="vanished">&amp;Compare:</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="174"/>
        <source>Com&amp;pare:</source>
        <translation>Com&amp;pare:</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="175"/>
        <source>Words (rows of the matrix)</source>
        <translation>Words (rows of the matrix)</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="176"/>
        <source>Documents (TF-IDF vectors)</source>
        <translation>Documents (TF-IDF vectors)</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="177"/>
        <source>Words are compared by their rows of the counted matrix; documents by their columns of the TF-IDF matrix</source>
        <translation>Words are compared by their rows of the counted matrix; documents by their columns of the TF-IDF matrix</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="179"/>
        <source>&amp;First:</source>
        <translation>&amp;First:</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="180"/>
        <source>How many of the most frequent words (or the first documents) to compare</source>
        <translation>How many of the most frequent words (or the first documents) to compare</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="181"/>
        <source>or &amp;these:</source>
        <translation>or &amp;these:</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="182"/>
        <source>e.g. banco, dinero, río, agua (Enter)</source>
        <translation>e.g. banco, dinero, río, agua (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="183"/>
        <source>Picture…</source>
        <translation>Picture…</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="184"/>
        <source>Saves the cosine heatmap as PNG or SVG</source>
        <translation>Saves the cosine heatmap as PNG or SVG</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="185"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="186"/>
        <source>Saves the cosines as a CSV table</source>
        <translation>Saves the cosines as a CSV table</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="187"/>
        <source>&amp;Nearest neighbours of:</source>
        <translation>&amp;Nearest neighbours of:</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="188"/>
        <source>a word (Enter), or click a row</source>
        <translation>a word (Enter), or click a row</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="189"/>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="189"/>
        <source>Cosine</source>
        <translation>Cosine</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="235"/>
        <source>Comparing with the cosine</source>
        <translation>Comparing with the cosine</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="256"/>
        <source>cosine</source>
        <translation>cosine</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="272"/>
        <source>The cosines could not be computed: %1</source>
        <translation>The cosines could not be computed: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="278"/>
        <source>“%1” is not in the vocabulary, and no word is close to it.</source>
        <translation>“%1” is not in the vocabulary, and no word is close to it.</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="286"/>
        <source>“%1” is not in the vocabulary. Did you mean: %2?</source>
        <translation>“%1” is not in the vocabulary. Did you mean: %2?</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="290"/>
        <source>Nothing counted yet: choose a corpus and press Count.</source>
        <translation>Nothing counted yet: choose a corpus and press Count.</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="292"/>
        <source>cos(v, w) = v · w / (|v| |w|): 1 for vectors pointing the same way, 0 for words that never share a context.</source>
        <translation>cos(v, w) = v · w / (|v| |w|): 1 for vectors pointing the same way, 0 for words that never share a context.</translation>
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
        <location filename="../ui/CorpusImporter.cpp" line="157"/>
        <location filename="../ui/CorpusImporter.cpp" line="168"/>
        <source>Loading %1</source>
        <translation>Loading %1</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="134"/>
        <source>The sample corpus is missing from this build of Lengua.</source>
        <translation>The sample corpus is missing from this build of Lengua.</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="138"/>
        <source>Loading the Lengua sample</source>
        <translation>Loading the Lengua sample</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="138"/>
        <source>The Lengua sample</source>
        <translation>The Lengua sample</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="139"/>
        <source>Lengua sample</source>
        <translation>Lengua sample</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="194"/>
        <source>%1 could not be loaded.

%2</source>
        <translation>%1 could not be loaded.

%2</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="205"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>CorpusPanel</name>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="230"/>
        <source>&amp;Corpus:</source>
        <translation>&amp;Corpus:</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="231"/>
        <source>The corpus shown in this panel (every corpus of the workspace)</source>
        <translation>The corpus shown in this panel (every corpus of the workspace)</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="232"/>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="233"/>
        <source>Import text files, tables (CSV, TSV, JSON Lines) or HTML as a new corpus; the arrow offers folders and ready-made corpora. You can also drop files on the window.</source>
        <translation>Import text files, tables (CSV, TSV, JSON Lines) or HTML as a new corpus; the arrow offers folders and ready-made corpora. You can also drop files on the window.</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="237"/>
        <source>The documents of the corpus; select one to read it</source>
        <translation>The documents of the corpus; select one to read it</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="238"/>
        <source>The selected document, as loaded (UTF-8)</source>
        <translation>The selected document, as loaded (UTF-8)</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="240"/>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="241"/>
        <source>Frequencies</source>
        <translation>Frequencies</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="242"/>
        <source>Zipf</source>
        <translation>Zipf</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="243"/>
        <source>Concordance</source>
        <translation>Concordance</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="244"/>
        <source>Sizes of the corpus</source>
        <translation>Sizes of the corpus</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="246"/>
        <source>Every word with its count, most frequent first</source>
        <translation>Every word with its count, most frequent first</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="247"/>
        <source>Frequency against rank, log-log</source>
        <translation>Frequency against rank, log-log</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="249"/>
        <source>Every occurrence of a word in its context (KWIC)</source>
        <translation>Every occurrence of a word in its context (KWIC)</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/StatisticsView.cpp" line="79"/>
        <source>Documents:</source>
        <translation>Documents:</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/StatisticsView.cpp" line="80"/>
        <source>Sentences:</source>
        <translation>Sentences:</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/StatisticsView.cpp" line="81"/>
        <source>Tokens (running words):</source>
        <translation>Tokens (running words):</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/StatisticsView.cpp" line="82"/>
        <source>Types (distinct words):</source>
        <translation>Types (distinct words):</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/StatisticsView.cpp" line="83"/>
        <source>Characters:</source>
        <translation>Characters:</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/StatisticsView.cpp" line="84"/>
        <source>Type/token ratio:</source>
        <translation>Type/token ratio:</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/StatisticsView.cpp" line="85"/>
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/StatisticsView.cpp" line="87"/>
        <source>Number of documents in the corpus</source>
        <translation>Number of documents in the corpus</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/StatisticsView.cpp" line="88"/>
        <source>Sentences ending in . ! ? or … (a quick count; the preprocessing lesson splits sentences more carefully)</source>
        <translation>Sentences ending in . ! ? or … (a quick count; the preprocessing lesson splits sentences more carefully)</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/StatisticsView.cpp" line="91"/>
        <source>Every word occurrence: N</source>
        <translation>Every word occurrence: N</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/StatisticsView.cpp" line="92"/>
        <source>Different words after case folding: the vocabulary size |V|</source>
        <translation>Different words after case folding: the vocabulary size |V|</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/StatisticsView.cpp" line="94"/>
        <source>Unicode characters, spaces included</source>
        <translation>Unicode characters, spaces included</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/StatisticsView.cpp" line="95"/>
        <source>|V| / N: how varied the vocabulary is; it falls as the corpus grows</source>
        <translation>|V| / N: how varied the vocabulary is; it falls as the corpus grows</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/StatisticsView.cpp" line="98"/>
        <source>How the file&apos;s bytes were decoded</source>
        <translation>How the file&apos;s bytes were decoded</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/StatisticsView.cpp" line="104"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="470"/>
        <location filename="../ui/panels/corpus/StatisticsView.cpp" line="105"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/FrequencyView.cpp" line="93"/>
        <source>Find a word (Ctrl+F)</source>
        <translation>Find a word (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/FrequencyView.cpp" line="95"/>
        <source>Shows only the words that contain this text</source>
        <translation>Shows only the words that contain this text</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/ConcordanceView.cpp" line="120"/>
        <location filename="../ui/panels/corpus/FrequencyView.cpp" line="98"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/FrequencyView.cpp" line="99"/>
        <source>Saves the table as shown (filtered and sorted) as CSV</source>
        <translation>Saves the table as shown (filtered and sorted) as CSV</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/FrequencyView.cpp" line="102"/>
        <source>Click a column header to sort by it</source>
        <translation>Click a column header to sort by it</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="254"/>
        <source>Each dot is a word: its rank (1 = most frequent) and its count. The dashed line is Zipf&apos;s law, f(r) = f(1) / r. Hover over a dot to see the word.</source>
        <translation>Each dot is a word: its rank (1 = most frequent) and its count. The dashed line is Zipf&apos;s law, f(r) = f(1) / r. Hover over a dot to see the word.</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="257"/>
        <source>Export picture…</source>
        <translation>Export picture…</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="258"/>
        <source>Saves the chart as PNG (twice the screen resolution) or SVG</source>
        <translation>Saves the chart as PNG (twice the screen resolution) or SVG</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/ConcordanceView.cpp" line="107"/>
        <source>&amp;Word or phrase:</source>
        <translation>&amp;Word or phrase:</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/ConcordanceView.cpp" line="108"/>
        <source>e.g. banco</source>
        <translation>e.g. banco</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/ConcordanceView.cpp" line="109"/>
        <source>Whole words, case-insensitive: “Banco” finds “banco” but not “bancos”</source>
        <translation>Whole words, case-insensitive: “Banco” finds “banco” but not “bancos”</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/CorpusPanel.cpp" line="332"/>
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
        <location filename="../ui/panels/corpus/FrequencyView.cpp" line="135"/>
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/ConcordanceView.cpp" line="112"/>
        <source>Con&amp;text:</source>
        <translation>Con&amp;text:</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/ConcordanceView.cpp" line="113"/>
        <source> characters</source>
        <translation> characters</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/ConcordanceView.cpp" line="114"/>
        <source>How many characters to show on each side of the keyword</source>
        <translation>How many characters to show on each side of the keyword</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/ConcordanceView.cpp" line="117"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/ConcordanceView.cpp" line="118"/>
        <source>Lists every occurrence (Enter)</source>
        <translation>Lists every occurrence (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/ConcordanceView.cpp" line="121"/>
        <source>Saves the concordance lines as CSV</source>
        <translation>Saves the concordance lines as CSV</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/ConcordanceView.cpp" line="123"/>
        <source>Double-click a line to show it in its document</source>
        <translation>Double-click a line to show it in its document</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="262"/>
        <source>Corpus, vocabulary and Zipf&apos;s law</source>
        <translation>Corpus, vocabulary and Zipf&apos;s law</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="263"/>
        <source>&lt;p&gt;A &lt;b&gt;corpus&lt;/b&gt; is a collection of texts (&lt;i&gt;documents&lt;/i&gt;) gathered to study a language or a task. Every model of the course learns from one, so what it contains matters.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tokens&lt;/b&gt; are the running words of the text (&lt;i&gt;N&lt;/i&gt;); &lt;b&gt;types&lt;/b&gt; are the distinct words, the &lt;b&gt;vocabulary&lt;/b&gt; &lt;i&gt;V&lt;/i&gt;. The &lt;b&gt;type/token ratio&lt;/b&gt; |&lt;i&gt;V&lt;/i&gt;|&amp;nbsp;/&amp;nbsp;&lt;i&gt;N&lt;/i&gt; measures lexical variety.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zipf&apos;s law&lt;/b&gt;: the frequency of a word is roughly inversely proportional to its rank &lt;i&gt;r&lt;/i&gt; in the frequency table,&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:x-large&quot;&gt;&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;r&lt;/i&gt;) &amp;prop; 1&amp;nbsp;/&amp;nbsp;&lt;i&gt;r&lt;/i&gt;&lt;/p&gt;&lt;p&gt;A few words (&lt;i&gt;de, la, que, the&lt;/i&gt;) cover much of the text, and about half of the types occur only once. On log&amp;ndash;log axes the law is a straight line of slope &amp;minus;1.&lt;/p&gt;&lt;p&gt;A &lt;b&gt;concordance&lt;/b&gt; (keyword in context) lists every occurrence of a word with its neighbours: the quickest way to see its senses. Try &lt;i&gt;banco&lt;/i&gt; in the lecture&apos;s example.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A &lt;b&gt;corpus&lt;/b&gt; is a collection of texts (&lt;i&gt;documents&lt;/i&gt;) gathered to study a language or a task. Every model of the course learns from one, so what it contains matters.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tokens&lt;/b&gt; are the running words of the text (&lt;i&gt;N&lt;/i&gt;); &lt;b&gt;types&lt;/b&gt; are the distinct words, the &lt;b&gt;vocabulary&lt;/b&gt; &lt;i&gt;V&lt;/i&gt;. The &lt;b&gt;type/token ratio&lt;/b&gt; |&lt;i&gt;V&lt;/i&gt;|&amp;nbsp;/&amp;nbsp;&lt;i&gt;N&lt;/i&gt; measures lexical variety.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zipf&apos;s law&lt;/b&gt;: the frequency of a word is roughly inversely proportional to its rank &lt;i&gt;r&lt;/i&gt; in the frequency table,&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:x-large&quot;&gt;&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;r&lt;/i&gt;) &amp;prop; 1&amp;nbsp;/&amp;nbsp;&lt;i&gt;r&lt;/i&gt;&lt;/p&gt;&lt;p&gt;A few words (&lt;i&gt;de, la, que, the&lt;/i&gt;) cover much of the text, and about half of the types occur only once. On log&amp;ndash;log axes the law is a straight line of slope &amp;minus;1.&lt;/p&gt;&lt;p&gt;A &lt;b&gt;concordance&lt;/b&gt; (keyword in context) lists every occurrence of a word with its neighbours: the quickest way to see its senses. Try &lt;i&gt;banco&lt;/i&gt; in the lecture&apos;s example.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="293"/>
        <source>Files…</source>
        <translation>Files…</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="294"/>
        <source>A folder (one document per file)…</source>
        <translation>A folder (one document per file)…</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="316"/>
        <source>%1 (install %2)</source>
        <translation>%1 (install %2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="385"/>
        <source>Counting the words of %1</source>
        <translation>Counting the words of %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="400"/>
        <source>Counting… %1%</source>
        <translation>Counting… %1%</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="404"/>
        <source>The statistics could not be computed: %1</source>
        <translation>The statistics could not be computed: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="410"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/StatisticsView.cpp" line="136"/>
        <source>%1 (not valid UTF-8)</source>
        <translation>%1 (not valid UTF-8)</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/StatisticsView.cpp" line="145"/>
        <source>Import a corpus, or load the lecture&apos;s example from the lesson box.</source>
        <translation>Import a corpus, or load the lecture&apos;s example from the lesson box.</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/StatisticsView.cpp" line="153"/>
        <source>Labels (%1)</source>
        <translation>Labels (%1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/StatisticsView.cpp" line="173"/>
        <source>The documents have no labels.</source>
        <translation>The documents have no labels.</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="429"/>
        <source>No document selected</source>
        <translation>No document selected</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="434"/>
        <source>Document %1: %2</source>
        <translation>Document %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/ConcordanceView.cpp" line="177"/>
        <source>Concordance of “%1”</source>
        <translation>Concordance of “%1”</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/ConcordanceView.cpp" line="193"/>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/ConcordanceView.cpp" line="210"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/ConcordanceView.cpp" line="214"/>
        <source>Type a word and press Enter.</source>
        <translation>Type a word and press Enter.</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/ConcordanceView.cpp" line="222"/>
        <source>“%1” does not occur in the corpus.</source>
        <translation>“%1” does not occur in the corpus.</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/ConcordanceView.cpp" line="226"/>
        <source>1 occurrence of “%1”</source>
        <translation>1 occurrence of “%1”</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/ConcordanceView.cpp" line="229"/>
        <source>%1 occurrences of “%2”</source>
        <translation>%1 occurrences of “%2”</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/ConcordanceView.cpp" line="232"/>
        <source>%1 of %2 occurrences of “%3”</source>
        <translation>%1 of %2 occurrences of “%3”</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/FrequencyView.cpp" line="137"/>
        <source>%1 of %2 words</source>
        <translation>%1 of %2 words</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="469"/>
        <source>Documents (%1)</source>
        <translation>Documents (%1)</translation>
    </message>
</context>
<context>
    <name>CorpusSourceCombo</name>
    <message>
        <location filename="../ui/widgets/CorpusSourceCombo.cpp" line="58"/>
        <source>(none: load a corpus)</source>
        <translation>(none: load a corpus)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/CorpusSourceCombo.cpp" line="70"/>
        <source>%1 (processed)</source>
        <translation>%1 (processed)</translation>
    </message>
</context>
<context>
    <name>CorrectionsTableModel</name>
    <message numerus="yes">
        <location filename="../ui/models/CorrectionsTableModel.cpp" line="49"/>
        <source>“%1” → “%2”: %Ln time(s); first in %3</source>
        <translation>
            <numerusform>“%1” → “%2”: %Ln time; first in %3</numerusform>
            <numerusform>“%1” → “%2”: %Ln times; first in %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionsTableModel.cpp" line="63"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionsTableModel.cpp" line="65"/>
        <source>Corrected</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionsTableModel.cpp" line="67"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionsTableModel.cpp" line="69"/>
        <source>Example document</source>
        <translation>Example document</translation>
    </message>
</context>
<context>
    <name>DistributionBars</name>
    <message>
        <location filename="../ui/panels/generation/DistributionBars.cpp" line="49"/>
        <source>greedy: only the most probable</source>
        <translation>greedy: only the most probable</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/DistributionBars.cpp" line="55"/>
        <source>top-p %1: cumulative %2 reached</source>
        <translation>top-p %1: cumulative %2 reached</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/DistributionBars.cpp" line="62"/>
        <source>top-k = %1</source>
        <translation>top-k = %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/DistributionBars.cpp" line="69"/>
        <source>%1 more tokens share %2 % of the model&apos;s probability; %3 tokens are kept.</source>
        <translation>%1 more tokens share %2 % of the model&apos;s probability; %3 tokens are kept.</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/DistributionBars.cpp" line="74"/>
        <source>%1 of %2 tokens are kept.</source>
        <translation>%1 of %2 tokens are kept.</translation>
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
    <name>EmbeddingEvaluationView</name>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="124"/>
        <source>&lt;p&gt;How good are the vectors? &lt;b&gt;Word similarity&lt;/b&gt;: the cosine of each pair against people&apos;s ratings (WordSim-353), as Spearman&apos;s rank correlation ρ. &lt;b&gt;Analogies&lt;/b&gt;: “Athens is to Greece as Oslo is to …” (Google&apos;s questions-words file), the share answered right. Only the pairs and questions whose words all have vectors count; the coverage says how many did.&lt;/p&gt;</source>
        <translation>&lt;p&gt;How good are the vectors? &lt;b&gt;Word similarity&lt;/b&gt;: the cosine of each pair against people&apos;s ratings (WordSim-353), as Spearman&apos;s rank correlation ρ. &lt;b&gt;Analogies&lt;/b&gt;: “Athens is to Greece as Oslo is to …” (Google&apos;s questions-words file), the share answered right. Only the pairs and questions whose words all have vectors count; the coverage says how many did.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="130"/>
        <source>&amp;Similarity file:</source>
        <translation>&amp;Similarity file:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="131"/>
        <source>Word pairs with a human rating, one a line: word1, word2, score (WordSim-353 format)</source>
        <translation>Word pairs with a human rating, one a line: word1, word2, score (WordSim-353 format)</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="133"/>
        <source>&amp;Analogy file:</source>
        <translation>&amp;Analogy file:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="134"/>
        <source>“: section” lines, then four words a line: a b c d (Google questions-words format)</source>
        <translation>“: section” lines, then four words a line: a b c d (Google questions-words format)</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="136"/>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="137"/>
        <source>none chosen</source>
        <translation>none chosen</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="138"/>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="139"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="140"/>
        <source>Analogy &amp;method:</source>
        <translation>Analogy &amp;method:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="141"/>
        <source>3CosAdd (the offset b − a + c) or 3CosMul (Levy &amp; Goldberg 2014)</source>
        <translation>3CosAdd (the offset b − a + c) or 3CosMul (Levy &amp; Goldberg 2014)</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="142"/>
        <source>Search the first:</source>
        <translation>Search the first:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="143"/>
        <source>Only the most frequent words count as answers (and as the vocabulary), as word2vec&apos;s and gensim&apos;s evaluations do; 0 searches every word</source>
        <translation>Only the most frequent words count as answers (and as the vocabulary), as word2vec&apos;s and gensim&apos;s evaluations do; 0 searches every word</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="145"/>
        <source> words</source>
        <translation> words</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="146"/>
        <source>every word</source>
        <translation>every word</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="147"/>
        <source>Ignore &amp;case</source>
        <translation>Ignore &amp;case</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="148"/>
        <source>“Athens” in the file finds “athens” in the vectors (gensim&apos;s default)</source>
        <translation>“Athens” in the file finds “athens” in the vectors (gensim&apos;s default)</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="150"/>
        <source>&amp;Evaluate</source>
        <translation>&amp;Evaluate</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="151"/>
        <source>Runs the chosen evaluations on the shown vectors</source>
        <translation>Runs the chosen evaluations on the shown vectors</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="153"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="154"/>
        <source>Saves the results table as CSV</source>
        <translation>Saves the results table as CSV</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="155"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="155"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="155"/>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="155"/>
        <source>Covered</source>
        <translation>Covered</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="156"/>
        <source>Spearman&apos;s ρ for similarity; accuracy for analogies</source>
        <translation>Spearman&apos;s ρ for similarity; accuracy for analogies</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="185"/>
        <source>Word-similarity file</source>
        <translation>Word-similarity file</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="186"/>
        <source>Similarity pairs (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>Similarity pairs (*.txt *.csv *.tsv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="193"/>
        <source>Analogy questions file</source>
        <translation>Analogy questions file</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="195"/>
        <source>Analogy questions (*.txt);;All files (*)</source>
        <translation>Analogy questions (*.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="215"/>
        <source>No vectors to evaluate: train or import some first.</source>
        <translation>No vectors to evaluate: train or import some first.</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="219"/>
        <source>Choose a similarity file, an analogy file or both.</source>
        <translation>Choose a similarity file, an analogy file or both.</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="250"/>
        <source>Evaluating %1</source>
        <translation>Evaluating %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="252"/>
        <source>Evaluating…</source>
        <translation>Evaluating…</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="259"/>
        <source>The evaluation failed: %1</source>
        <translation>The evaluation failed: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="262"/>
        <source>The evaluation was cancelled.</source>
        <translation>The evaluation was cancelled.</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="276"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="295"/>
        <source>Similarity (%1): Spearman ρ</source>
        <translation>Similarity (%1): Spearman ρ</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="297"/>
        <source>similarity ρ = %1</source>
        <translation>similarity ρ = %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="305"/>
        <source>Analogies (%1): accuracy, all sections</source>
        <translation>Analogies (%1): accuracy, all sections</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="306"/>
        <source>semantic sections</source>
        <translation>semantic sections</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="307"/>
        <source>syntactic sections (gram…)</source>
        <translation>syntactic sections (gram…)</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="310"/>
        <source>analogy accuracy %1</source>
        <translation>analogy accuracy %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="314"/>
        <source>Done: %1.</source>
        <translation>Done: %1.</translation>
    </message>
</context>
<context>
    <name>EmbeddingFiles</name>
    <message>
        <location filename="../ui/EmbeddingFiles.cpp" line="71"/>
        <source>word2vec text (*.txt *.vec)</source>
        <translation>word2vec text (*.txt *.vec)</translation>
    </message>
    <message>
        <location filename="../ui/EmbeddingFiles.cpp" line="73"/>
        <source>word2vec binary (*.bin)</source>
        <translation>word2vec binary (*.bin)</translation>
    </message>
    <message>
        <location filename="../ui/EmbeddingFiles.cpp" line="75"/>
        <source>TensorFlow projector vectors + metadata (*.tsv)</source>
        <translation>TensorFlow projector vectors + metadata (*.tsv)</translation>
    </message>
    <message>
        <location filename="../ui/EmbeddingFiles.cpp" line="82"/>
        <source>Word vectors (*.txt *.vec *.bin *.w2v *.glove);;All files (*)</source>
        <translation>Word vectors (*.txt *.vec *.bin *.w2v *.glove);;All files (*)</translation>
    </message>
</context>
<context>
    <name>EmbeddingLossChart</name>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingLossChart.cpp" line="93"/>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingLossChart.cpp" line="93"/>
        <location filename="../ui/panels/embeddings/EmbeddingLossChart.cpp" line="116"/>
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingLossChart.cpp" line="93"/>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingLossChart.cpp" line="100"/>
        <source>within epoch</source>
        <translation>within epoch</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingLossChart.cpp" line="102"/>
        <source>epoch mean</source>
        <translation>epoch mean</translation>
    </message>
    <message>
        <source>Export picture (PNG, SVG)...</source>
        <translation type="vanished">Export picture (PNG, SVG)...</translation>
    </message>
    <message>
        <source>Export points (CSV)...</source>
        <translation type="vanished">Export points (CSV)...</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingLossChart.cpp" line="113"/>
        <source>Loss during training</source>
        <translation>Loss during training</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingLossChart.cpp" line="114"/>
        <source>Mean loss so far in the epoch</source>
        <translation>Mean loss so far in the epoch</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingLossChart.cpp" line="115"/>
        <source>Mean loss of each epoch</source>
        <translation>Mean loss of each epoch</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingLossChart.cpp" line="117"/>
        <source>Loss per (word, context) pair</source>
        <translation>Loss per (word, context) pair</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingLossChart.cpp" line="118"/>
        <source>word2vec&apos;s loss: −log σ(c·w) for each true pair plus −log σ(−n·w) for each negative. Right-click to export the picture or the points</source>
        <translation>word2vec&apos;s loss: −log σ(c·w) for each true pair plus −log σ(−n·w) for each negative. Right-click to export the picture or the points</translation>
    </message>
</context>
<context>
    <name>EmbeddingTraining</name>
    <message>
        <location filename="../ui/EmbeddingTraining.cpp" line="47"/>
        <source>Skip-gram</source>
        <translation>Skip-gram</translation>
    </message>
    <message>
        <location filename="../ui/EmbeddingTraining.cpp" line="48"/>
        <source>CBOW</source>
        <translation>CBOW</translation>
    </message>
    <message>
        <location filename="../ui/EmbeddingTraining.cpp" line="49"/>
        <source>PPMI–SVD</source>
        <translation>PPMI–SVD</translation>
    </message>
    <message>
        <location filename="../ui/EmbeddingTraining.cpp" line="66"/>
        <source>Training %1 vectors on %2</source>
        <translation>Training %1 vectors on %2</translation>
    </message>
    <message>
        <location filename="../ui/EmbeddingTraining.cpp" line="75"/>
        <source>%1, %2 dimensions, window %3, %4 words, on %5</source>
        <translation>%1, %2 dimensions, window %3, %4 words, on %5</translation>
    </message>
    <message>
        <location filename="../ui/EmbeddingTraining.cpp" line="78"/>
        <source>%1, %2 dimensions, window %3, %4 epochs, %5 words, on %6</source>
        <translation>%1, %2 dimensions, window %3, %4 epochs, %5 words, on %6</translation>
    </message>
</context>
<context>
    <name>EmbeddingTrainingForm</name>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="92"/>
        <source>What to train</source>
        <translation>What to train</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="92"/>
        <source>&amp;Corpus:</source>
        <translation>&amp;Corpus:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="93"/>
        <source>The text to learn from: a processed corpus as it is, or a raw corpus split into sentences and words</source>
        <translation>The text to learn from: a processed corpus as it is, or a raw corpus split into sentences and words</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="99"/>
        <source>&amp;Lower-case the words</source>
        <translation>&amp;Lower-case the words</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="100"/>
        <source>“Casa” and “casa” become one word (a processed corpus keeps its own choice)</source>
        <translation>“Casa” and “casa” become one word (a processed corpus keeps its own choice)</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="102"/>
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="103"/>
        <source>Skip-gram: each word predicts the words around it. CBOW: the words around predict the word in the middle. PPMI–SVD: count the contexts, weight them by PPMI and compress the matrix with a truncated SVD (no training)</source>
        <translation>Skip-gram: each word predicts the words around it. CBOW: the words around predict the word in the middle. PPMI–SVD: count the contexts, weight them by PPMI and compress the matrix with a truncated SVD (no training)</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="108"/>
        <source>&amp;Dimensions:</source>
        <translation>&amp;Dimensions:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="109"/>
        <source>The length of each word vector: 50–300 for real corpora; a few dozen are enough for a small one</source>
        <translation>The length of each word vector: 50–300 for real corpora; a few dozen are enough for a small one</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="111"/>
        <source>&amp;Window:</source>
        <translation>&amp;Window:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="112"/>
        <source>How many words on each side count as context. word2vec draws each position&apos;s reach from 1 to this, so near words weigh more</source>
        <translation>How many words on each side count as context. word2vec draws each position&apos;s reach from 1 to this, so near words weigh more</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="114"/>
        <source> each side</source>
        <translation> each side</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="115"/>
        <source>&amp;Negatives:</source>
        <translation>&amp;Negatives:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="116"/>
        <source>Random words drawn for each true (word, context) pair, from the unigram distribution to the power 0.75; the model learns to tell them apart</source>
        <translation>Random words drawn for each true (word, context) pair, from the unigram distribution to the power 0.75; the model learns to tell them apart</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="118"/>
        <source>Min. coun&amp;t:</source>
        <translation>Min. coun&amp;t:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="120"/>
        <source>Su&amp;bsampling:</source>
        <translation>Su&amp;bsampling:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="129"/>
        <source>T&amp;hreads:</source>
        <translation>T&amp;hreads:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="132"/>
        <source>Max. vocab&amp;ulary:</source>
        <translation>Max. vocab&amp;ulary:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="135"/>
        <source>Context smoothin&amp;g:</source>
        <translation>Context smoothin&amp;g:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="141"/>
        <source>&amp;Seed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="95"/>
        <source>Tr&amp;ain</source>
        <translation>Tr&amp;ain</translation>
    </message>
    <message>
        <source>M&amp;in. count:</source>
        <translation type="vanished">M&amp;in. count:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="119"/>
        <source>Words seen fewer times are dropped before training: too rare to learn a vector</source>
        <translation>Words seen fewer times are dropped before training: too rare to learn a vector</translation>
    </message>
    <message>
        <source>&amp;Subsampling:</source>
        <translation type="vanished">&amp;Subsampling:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="121"/>
        <source>Frequent words (de, la, the) are skipped at random, more often the more frequent they are, above this share of the corpus; 0 keeps every word. word2vec&apos;s default: 0.001</source>
        <translation>Frequent words (de, la, the) are skipped at random, more often the more frequent they are, above this share of the corpus; 0 keeps every word. word2vec&apos;s default: 0.001</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="124"/>
        <source>&amp;Epochs:</source>
        <translation>&amp;Epochs:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="124"/>
        <source>Passes over the corpus; a small corpus needs many</source>
        <translation>Passes over the corpus; a small corpus needs many</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="125"/>
        <source>Learning &amp;rate:</source>
        <translation>Learning &amp;rate:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="126"/>
        <source>The step size at the start; it falls linearly to almost 0 by the end. Default: 0.025 for skip-gram, 0.05 for CBOW</source>
        <translation>The step size at the start; it falls linearly to almost 0 by the end. Default: 0.025 for skip-gram, 0.05 for CBOW</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="128"/>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation type="vanished">&amp;Threads:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="130"/>
        <source>Workers that update the same vectors without locks (Hogwild). With one thread and the same seed every run gives the same vectors</source>
        <translation>Workers that update the same vectors without locks (Hogwild). With one thread and the same seed every run gives the same vectors</translation>
    </message>
    <message>
        <source>Max. &amp;vocabulary:</source>
        <translation type="vanished">Max. &amp;vocabulary:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="133"/>
        <source>Only the most frequent words get a row (and a column) of the PPMI matrix</source>
        <translation>Only the most frequent words get a row (and a column) of the PPMI matrix</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="134"/>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>Context s&amp;moothing:</source>
        <translation type="vanished">Context s&amp;moothing:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="136"/>
        <source>Context counts are raised to this power before PPMI, which gives rare contexts less weight (0.75, as word2vec&apos;s negatives)</source>
        <translation>Context counts are raised to this power before PPMI, which gives rare contexts less weight (0.75, as word2vec&apos;s negatives)</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="138"/>
        <source>Singular value &amp;power:</source>
        <translation>Singular value &amp;power:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="139"/>
        <source>The vectors are U Σ^p: 1 keeps the singular values, 0 drops them, 0.5 (a common choice) is in between</source>
        <translation>The vectors are U Σ^p: 1 keeps the singular values, 0 drops them, 0.5 (a common choice) is in between</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation type="vanished">S&amp;eed:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="141"/>
        <source>Starts the random numbers: the same seed, the same vectors</source>
        <translation>Starts the random numbers: the same seed, the same vectors</translation>
    </message>
    <message>
        <source>T&amp;rain</source>
        <translation type="vanished">T&amp;rain</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="95"/>
        <source>Trains the vectors on the corpus (Ctrl+Enter)</source>
        <translation>Trains the vectors on the corpus (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>EmbeddingsPanel</name>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="155"/>
        <source>&amp;Vectors:</source>
        <translation>&amp;Vectors:</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="156"/>
        <source>The word vectors the tabs use: trained here, computed by PPMI–SVD or imported from a file</source>
        <translation>The word vectors the tabs use: trained here, computed by PPMI–SVD or imported from a file</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="158"/>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="159"/>
        <source>Reads word vectors: word2vec text or binary, GloVe, fastText .vec (the format is detected)</source>
        <translation>Reads word vectors: word2vec text or binary, GloVe, fastText .vec (the format is detected)</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="161"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="162"/>
        <source>Saves the shown vectors: word2vec text or binary, or the two TSV files of the TensorFlow Embedding Projector</source>
        <translation>Saves the shown vectors: word2vec text or binary, or the two TSV files of the TensorFlow Embedding Projector</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="164"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="165"/>
        <source>The loss as word2vec learns, epoch by epoch</source>
        <translation>The loss as word2vec learns, epoch by epoch</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="166"/>
        <source>Neighbours</source>
        <translation>Neighbours</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="167"/>
        <source>The words closest to a word by cosine</source>
        <translation>The words closest to a word by cosine</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="168"/>
        <source>Analogies</source>
        <translation>Analogies</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="169"/>
        <source>a − b + c: rey − hombre + mujer</source>
        <translation>a − b + c: rey − hombre + mujer</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="170"/>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="172"/>
        <source>Word similarity (Spearman ρ) and analogy accuracy on standard files</source>
        <translation>Word similarity (Spearman ρ) and analogy accuracy on standard files</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="176"/>
        <source>Choose a corpus and a method on the left and press &lt;b&gt;Train&lt;/b&gt;, or press the lesson&apos;s example button: skip-gram on the sample corpus, then the neighbours of “casa”.</source>
        <translation>Choose a corpus and a method on the left and press &lt;b&gt;Train&lt;/b&gt;, or press the lesson&apos;s example button: skip-gram on the sample corpus, then the neighbours of “casa”.</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="180"/>
        <source>Word embeddings: skip-gram with negative sampling</source>
        <translation>Word embeddings: skip-gram with negative sampling</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="181"/>
        <source>&lt;p&gt;A word is represented by a short, dense vector (50–300 numbers) learnt from the words around it, instead of a long, sparse row of counts.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Skip-gram&lt;/b&gt; turns the text into a classification task: is &lt;i&gt;c&lt;/i&gt; a real context word of &lt;i&gt;w&lt;/i&gt;?&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;&lt;i&gt;p&lt;/i&gt;(+ | &lt;i&gt;w&lt;/i&gt;, &lt;i&gt;c&lt;/i&gt;) = 1 / (1 + exp(−&lt;b&gt;c&lt;/b&gt; · &lt;b&gt;w&lt;/b&gt;))&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Positives:&lt;/b&gt; the words in the window around &lt;i&gt;w&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Negatives:&lt;/b&gt; &lt;i&gt;k&lt;/i&gt; random words from the vocabulary (drawn by frequency to the power 0.75).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Logistic regression&lt;/b&gt; pushes &lt;b&gt;c&lt;/b&gt; · &lt;b&gt;w&lt;/b&gt; up for positives and down for negatives:&lt;br/&gt;L = −log σ(&lt;b&gt;c&lt;/b&gt;&lt;sub&gt;pos&lt;/sub&gt; · &lt;b&gt;w&lt;/b&gt;) − Σ&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; log σ(−&lt;b&gt;c&lt;/b&gt;&lt;sub&gt;neg &lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; · &lt;b&gt;w&lt;/b&gt;)&lt;/li&gt;&lt;li&gt;The classifier is thrown away: its &lt;b&gt;weights are the embeddings&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;CBOW&lt;/b&gt; does the opposite: the mean of the context predicts the word.&lt;/p&gt;&lt;p&gt;&lt;b&gt;PPMI–SVD&lt;/b&gt; is the count-based counterpart: the PPMI word × context matrix, compressed by a truncated SVD to the same few dimensions. Words used in similar contexts end up with similar vectors either way.&lt;/p&gt;&lt;p&gt;The example trains skip-gram on a Spanish corpus (the Reina-Valera Bible when it is installed, else the small sample) and lists the neighbours of a word. After “El señorial chalet se encontraba a la izquierda de la…” the lecture expects “casa”, “escuela”, “zapatería”: words used in the same contexts get similar vectors.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A word is represented by a short, dense vector (50–300 numbers) learnt from the words around it, instead of a long, sparse row of counts.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Skip-gram&lt;/b&gt; turns the text into a classification task: is &lt;i&gt;c&lt;/i&gt; a real context word of &lt;i&gt;w&lt;/i&gt;?&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;&lt;i&gt;p&lt;/i&gt;(+ | &lt;i&gt;w&lt;/i&gt;, &lt;i&gt;c&lt;/i&gt;) = 1 / (1 + exp(−&lt;b&gt;c&lt;/b&gt; · &lt;b&gt;w&lt;/b&gt;))&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Positives:&lt;/b&gt; the words in the window around &lt;i&gt;w&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Negatives:&lt;/b&gt; &lt;i&gt;k&lt;/i&gt; random words from the vocabulary (drawn by frequency to the power 0.75).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Logistic regression&lt;/b&gt; pushes &lt;b&gt;c&lt;/b&gt; · &lt;b&gt;w&lt;/b&gt; up for positives and down for negatives:&lt;br/&gt;L = −log σ(&lt;b&gt;c&lt;/b&gt;&lt;sub&gt;pos&lt;/sub&gt; · &lt;b&gt;w&lt;/b&gt;) − Σ&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; log σ(−&lt;b&gt;c&lt;/b&gt;&lt;sub&gt;neg &lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; · &lt;b&gt;w&lt;/b&gt;)&lt;/li&gt;&lt;li&gt;The classifier is thrown away: its &lt;b&gt;weights are the embeddings&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;CBOW&lt;/b&gt; does the opposite: the mean of the context predicts the word.&lt;/p&gt;&lt;p&gt;&lt;b&gt;PPMI–SVD&lt;/b&gt; is the count-based counterpart: the PPMI word × context matrix, compressed by a truncated SVD to the same few dimensions. Words used in similar contexts end up with similar vectors either way.&lt;/p&gt;&lt;p&gt;The example trains skip-gram on a Spanish corpus (the Reina-Valera Bible when it is installed, else the small sample) and lists the neighbours of a word. After “El señorial chalet se encontraba a la izquierda de la…” the lecture expects “casa”, “escuela”, “zapatería”: words used in the same contexts get similar vectors.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="238"/>
        <source>No vectors yet: train some, or import a file.</source>
        <translation>No vectors yet: train some, or import a file.</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="245"/>
        <source>%1 words × %2 dimensions</source>
        <translation>%1 words × %2 dimensions</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="281"/>
        <source>Load a corpus first (File ▸ Import, or the sample corpora).</source>
        <translation>Load a corpus first (File ▸ Import, or the sample corpora).</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="296"/>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="301"/>
        <source>Reading the corpus…</source>
        <translation>Reading the corpus…</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="301"/>
        <source>Counting and factorising…</source>
        <translation>Counting and factorising…</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="333"/>
        <source>Trained in %1 s on %2 sentences (%3 words): %4 words have vectors.</source>
        <translation>Trained in %1 s on %2 sentences (%3 words): %4 words have vectors.</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="339"/>
        <source>%1 words/s.</source>
        <translation>%1 words/s.</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="341"/>
        <source>Loss: %1 after the first epoch, %2 after the last.</source>
        <translation>Loss: %1 after the first epoch, %2 after the last.</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="348"/>
        <source>The loss is measured while the vectors change and often rises a little in the last epochs; judge the vectors by their neighbours and the evaluation.</source>
        <translation>The loss is measured while the vectors change and often rises a little in the last epochs; judge the vectors by their neighbours and the evaluation.</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="349"/>
        <source>Trained in %1 s: %2 words have vectors.</source>
        <translation>Trained in %1 s: %2 words have vectors.</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="363"/>
        <source>Training cancelled: nothing was added.</source>
        <translation>Training cancelled: nothing was added.</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="367"/>
        <source>Training failed: %1</source>
        <translation>Training failed: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="376"/>
        <source>Epoch %1 of %2 · %3 words/s · loss %4</source>
        <translation>Epoch %1 of %2 · %3 words/s · loss %4</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="398"/>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="399"/>
        <source>Importing vectors from %1</source>
        <translation>Importing vectors from %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="406"/>
        <source>imported from %1</source>
        <translation>imported from %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="412"/>
        <source>The file could not be read, nothing was changed: %1</source>
        <translation>The file could not be read, nothing was changed: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="415"/>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Import cancelled: nothing was changed.</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="427"/>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="428"/>
        <source>Exporting vectors to %1</source>
        <translation>Exporting vectors to %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="434"/>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="437"/>
        <source>The vectors could not be saved: %1</source>
        <translation>The vectors could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="444"/>
        <source>Import word vectors</source>
        <translation>Import word vectors</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="463"/>
        <source>Export word vectors</source>
        <translation>Export word vectors</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="541"/>
        <source>Loading the sample corpus…</source>
        <translation>Loading the sample corpus…</translation>
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
    <name>GeneratedTextView</name>
    <message>
        <location filename="../ui/panels/generation/GeneratedTextView.cpp" line="89"/>
        <source>Prompt, then: %1 %2 %3</source>
        <translation>Prompt, then: %1 %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/GeneratedTextView.cpp" line="90"/>
        <source>chosen by you</source>
        <translation>chosen by you</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/GeneratedTextView.cpp" line="91"/>
        <source>sampled by Step</source>
        <translation>sampled by Step</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/GeneratedTextView.cpp" line="92"/>
        <source>generated</source>
        <translation>generated</translation>
    </message>
</context>
<context>
    <name>GenerationPanel</name>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="104"/>
        <source>Training the lecture&apos;s model failed: %1</source>
        <translation>Training the lecture&apos;s model failed: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="283"/>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="284"/>
        <source>A trained or imported language model of the workspace</source>
        <translation>A trained or imported language model of the workspace</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="286"/>
        <source>&amp;Prompt:</source>
        <translation>&amp;Prompt:</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="287"/>
        <source>The text the model continues; the bars show what it predicts next</source>
        <translation>The text the model continues; the bars show what it predicts next</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="288"/>
        <source>&amp;Step</source>
        <translation>&amp;Step</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="289"/>
        <source>Samples one token with the current settings (Ctrl+Right); or click a bar to choose the token yourself</source>
        <translation>Samples one token with the current settings (Ctrl+Right); or click a bar to choose the token yourself</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="291"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="292"/>
        <source>Removes the last token (Ctrl+Left)</source>
        <translation>Removes the last token (Ctrl+Left)</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="293"/>
        <source>&amp;Restart</source>
        <translation>&amp;Restart</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="294"/>
        <source>Back to the prompt alone, with the sampler reseeded</source>
        <translation>Back to the prompt alone, with the sampler reseeded</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="295"/>
        <source>Compare strategies</source>
        <translation>Compare strategies</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="296"/>
        <source>Continues the prompt with greedy, random, top-k and top-p decoding, side by side</source>
        <translation>Continues the prompt with greedy, random, top-k and top-p decoding, side by side</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="298"/>
        <source>Next-token distribution</source>
        <translation>Next-token distribution</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="299"/>
        <source>Strategies compared</source>
        <translation>Strategies compared</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="300"/>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="301"/>
        <source>The probabilities of the next token, before and after temperature and truncation; click a bar to choose it</source>
        <translation>The probabilities of the next token, before and after temperature and truncation; click a bar to choose it</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="303"/>
        <source>The same prompt continued under each strategy</source>
        <translation>The same prompt continued under each strategy</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="304"/>
        <source>Every token after the prompt, with its probability when it was chosen</source>
        <translation>Every token after the prompt, with its probability when it was chosen</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="307"/>
        <source>Model (T = 1)</source>
        <translation>Model (T = 1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="307"/>
        <source>After temperature and truncation</source>
        <translation>After temperature and truncation</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="308"/>
        <location filename="../ui/panels/GenerationPanel.cpp" line="571"/>
        <source>No distribution yet: choose a model and type a prompt.</source>
        <translation>No distribution yet: choose a model and type a prompt.</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="313"/>
        <source>Generating text: choosing the next token</source>
        <translation>Generating text: choosing the next token</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="314"/>
        <source>&lt;p&gt;A language model gives, for every token of the vocabulary, the probability that it comes next:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;&lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;+1&lt;/sub&gt; | &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1:&lt;i&gt;n&lt;/i&gt;&lt;/sub&gt;) = softmax(&lt;i&gt;z&lt;/i&gt; / &lt;i&gt;T&lt;/i&gt;)&lt;/p&gt;&lt;p&gt;How do we pick one? &lt;b&gt;Greedy&lt;/b&gt; takes the most probable every time: safe, but repetitive. &lt;b&gt;Random sampling&lt;/b&gt; draws from the whole distribution, and then unlikely words appear. &lt;b&gt;Top-k&lt;/b&gt; keeps the &lt;i&gt;k&lt;/i&gt; most probable tokens and samples among them. &lt;b&gt;Top-p&lt;/b&gt; keeps the most probable tokens until their cumulative probability reaches &lt;i&gt;p&lt;/i&gt; (e.g. 0.95). The kept probabilities are &lt;b&gt;re-normalised&lt;/b&gt; at every step.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;temperature&lt;/b&gt; &lt;i&gt;T&lt;/i&gt; controls the randomness: 0.2–0.5 for deterministic tasks (summaries, answers, extraction), 1 by default, 1.2–2 for poetry, stories and brainstorming. &lt;i&gt;T&lt;/i&gt; = 0 is greedy.&lt;/p&gt;&lt;p&gt;Click a bar to choose the next token yourself; &lt;b&gt;Step&lt;/b&gt; lets the sampler choose. The lecture&apos;s example continues the same prompt under each strategy.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A language model gives, for every token of the vocabulary, the probability that it comes next:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;&lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;+1&lt;/sub&gt; | &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1:&lt;i&gt;n&lt;/i&gt;&lt;/sub&gt;) = softmax(&lt;i&gt;z&lt;/i&gt; / &lt;i&gt;T&lt;/i&gt;)&lt;/p&gt;&lt;p&gt;How do we pick one? &lt;b&gt;Greedy&lt;/b&gt; takes the most probable every time: safe, but repetitive. &lt;b&gt;Random sampling&lt;/b&gt; draws from the whole distribution, and then unlikely words appear. &lt;b&gt;Top-k&lt;/b&gt; keeps the &lt;i&gt;k&lt;/i&gt; most probable tokens and samples among them. &lt;b&gt;Top-p&lt;/b&gt; keeps the most probable tokens until their cumulative probability reaches &lt;i&gt;p&lt;/i&gt; (e.g. 0.95). The kept probabilities are &lt;b&gt;re-normalised&lt;/b&gt; at every step.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;temperature&lt;/b&gt; &lt;i&gt;T&lt;/i&gt; controls the randomness: 0.2–0.5 for deterministic tasks (summaries, answers, extraction), 1 by default, 1.2–2 for poetry, stories and brainstorming. &lt;i&gt;T&lt;/i&gt; = 0 is greedy.&lt;/p&gt;&lt;p&gt;Click a bar to choose the next token yourself; &lt;b&gt;Step&lt;/b&gt; lets the sampler choose. The lecture&apos;s example continues the same prompt under each strategy.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="391"/>
        <source>%1 tokens in the vocabulary</source>
        <translation>%1 tokens in the vocabulary</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/GenerationPanel.cpp" line="393"/>
        <source>Reads the last %n word(s); an empty prompt starts a sentence at &lt;s&gt;, and &lt;/s&gt; ends it.</source>
        <translation>
            <numerusform>Reads the last %n word; an empty prompt starts a sentence at &lt;s&gt;, and &lt;/s&gt; ends it.</numerusform>
            <numerusform>Reads the last %n words; an empty prompt starts a sentence at &lt;s&gt;, and &lt;/s&gt; ends it.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="397"/>
        <source>Context: %1 tokens</source>
        <translation>Context: %1 tokens</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="496"/>
        <source>Next-token probabilities</source>
        <translation>Next-token probabilities</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="551"/>
        <location filename="../ui/panels/GenerationPanel.cpp" line="566"/>
        <source>Computing the next-token probabilities…</source>
        <translation>Computing the next-token probabilities…</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="561"/>
        <source>The model could not predict: %1</source>
        <translation>The model could not predict: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="563"/>
        <source>The sentence ended: the model drew &lt;/s&gt;. Undo it, or Restart for another sentence.</source>
        <translation>The sentence ended: the model drew &lt;/s&gt;. Undo it, or Restart for another sentence.</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="568"/>
        <source>Type a prompt: this model needs at least one token to predict from.</source>
        <translation>Type a prompt: this model needs at least one token to predict from.</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="632"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/GenerationPanel.cpp" line="632"/>
        <source>&amp;Generate %n token(s)</source>
        <translation>
            <numerusform>&amp;Generate %n token</numerusform>
            <numerusform>&amp;Generate %n tokens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="634"/>
        <source>Stops the generation; the tokens so far stay</source>
        <translation>Stops the generation; the tokens so far stay</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="635"/>
        <source>Generates tokens as a job with the current settings and seed (Ctrl+Enter)</source>
        <translation>Generates tokens as a job with the current settings and seed (Ctrl+Enter)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/GenerationPanel.cpp" line="700"/>
        <source>Generating %n token(s)</source>
        <translation>
            <numerusform>Generating %n token</numerusform>
            <numerusform>Generating %n tokens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="717"/>
        <source>%1 tokens/s</source>
        <translation>%1 tokens/s</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/GenerationPanel.cpp" line="718"/>
        <source>%n token(s) generated at %1 tokens per second</source>
        <translation>
            <numerusform>%n token generated at %1 tokens per second</numerusform>
            <numerusform>%n tokens generated at %1 tokens per second</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/GenerationPanel.cpp" line="727"/>
        <source>The model ended the sentence (it drew &lt;/s&gt;) after %n word(s).</source>
        <translation>
            <numerusform>The model ended the sentence (it drew &lt;/s&gt;) after %n word.</numerusform>
            <numerusform>The model ended the sentence (it drew &lt;/s&gt;) after %n words.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/GenerationPanel.cpp" line="729"/>
        <source>The model ended the text (it produced the end-of-text token) after %n token(s).</source>
        <translation>
            <numerusform>The model ended the text (it produced the end-of-text token) after %n token.</numerusform>
            <numerusform>The model ended the text (it produced the end-of-text token) after %n tokens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/GenerationPanel.cpp" line="733"/>
        <source>Generation cancelled after %n token(s).</source>
        <translation>
            <numerusform>Generation cancelled after %n token.</numerusform>
            <numerusform>Generation cancelled after %n tokens.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="736"/>
        <source>Generation failed: %1</source>
        <translation>Generation failed: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="762"/>
        <source>Generating…</source>
        <translation>Generating…</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="763"/>
        <source>Comparing decoding strategies</source>
        <translation>Comparing decoding strategies</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/GenerationPanel.cpp" line="775"/>
        <source>The same prompt and seed, %n new token(s) per row. Greedy always takes the likeliest token and tends to repeat itself; random sampling wanders into unlikely words; top-k and top-p stay between the two.</source>
        <translation>
            <numerusform>The same prompt and seed, %n new token per row. Greedy always takes the likeliest token and tends to repeat itself; random sampling wanders into unlikely words; top-k and top-p stay between the two.</numerusform>
            <numerusform>The same prompt and seed, %n new tokens per row. Greedy always takes the likeliest token and tends to repeat itself; random sampling wanders into unlikely words; top-k and top-p stay between the two.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="779"/>
        <source>An n-gram model writes one sentence: a row ends when it draws &lt;/s&gt;.</source>
        <translation>An n-gram model writes one sentence: a row ends when it draws &lt;/s&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="784"/>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="786"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="801"/>
        <source>The lecture&apos;s model could not be started here. Train a GPT in the GPT lesson, or import a GPT-2 checkpoint there, then come back.</source>
        <translation>The lecture&apos;s model could not be started here. Train a GPT in the GPT lesson, or import a GPT-2 checkpoint there, then come back.</translation>
    </message>
</context>
<context>
    <name>GptAttentionJob</name>
    <message>
        <location filename="../ui/panels/attention/GptAttentionJob.cpp" line="12"/>
        <source>Attention of %1</source>
        <translation>Attention of %1</translation>
    </message>
</context>
<context>
    <name>GptModelsTab</name>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="105"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="105"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="105"/>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="105"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="106"/>
        <source>The language models of the workspace; the generation and attention lessons use them. Double-click to rename.</source>
        <translation>The language models of the workspace; the generation and attention lessons use them. Double-click to rename.</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="108"/>
        <source>Re&amp;name...</source>
        <translation>Re&amp;name...</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="109"/>
        <source>Give the selected model another name (F2)</source>
        <translation>Give the selected model another name (F2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="111"/>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="112"/>
        <source>Remove the selected model from the workspace</source>
        <translation>Remove the selected model from the workspace</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="113"/>
        <source>&amp;Import GPT-2 checkpoint...</source>
        <translation>&amp;Import GPT-2 checkpoint...</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="114"/>
        <source>A Hugging Face folder: config.json, model.safetensors and, for its tokenizer, vocab.json + merges.txt</source>
        <translation>A Hugging Face folder: config.json, model.safetensors and, for its tokenizer, vocab.json + merges.txt</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="116"/>
        <source>E&amp;xport...</source>
        <translation>E&amp;xport...</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="117"/>
        <source>Write the selected model as a Hugging Face GPT-2 folder that other tools open</source>
        <translation>Write the selected model as a Hugging Face GPT-2 folder that other tools open</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="132"/>
        <source>GPT</source>
        <translation>GPT</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="133"/>
        <source>N-gram</source>
        <translation>N-gram</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="162"/>
        <source>No model yet: train one (Train tab), import a GPT-2 checkpoint, or press the lecture&apos;s example.</source>
        <translation>No model yet: train one (Train tab), import a GPT-2 checkpoint, or press the lecture&apos;s example.</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="164"/>
        <source>Select a model to see its details.</source>
        <translation>Select a model to see its details.</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="171"/>
        <source>Tokenizer: %1, %2 tokens (kept with the model).</source>
        <translation>Tokenizer: %1, %2 tokens (kept with the model).</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="176"/>
        <source>Context %1 tokens.</source>
        <translation>Context %1 tokens.</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="219"/>
        <source>Rename model</source>
        <translation>Rename model</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="219"/>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="236"/>
        <source>Import a GPT-2 checkpoint (Hugging Face folder)</source>
        <translation>Import a GPT-2 checkpoint (Hugging Face folder)</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="251"/>
        <source>Importing %1...</source>
        <translation>Importing %1...</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="253"/>
        <source>Importing the GPT-2 checkpoint %1</source>
        <translation>Importing the GPT-2 checkpoint %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="264"/>
        <source>the folder has no tokenizer files; the workspace tokenizer %1 is used</source>
        <translation>the folder has no tokenizer files; the workspace tokenizer %1 is used</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="269"/>
        <source>%1 has no tokenizer (vocab.json and merges.txt), so its token ids cannot be turned into text. Add the tokenizer files to the folder, or choose in the Tokenizer box a workspace tokenizer of exactly %2 tokens (the model&apos;s vocabulary) and import again.</source>
        <translation>%1 has no tokenizer (vocab.json and merges.txt), so its token ids cannot be turned into text. Add the tokenizer files to the folder, or choose in the Tokenizer box a workspace tokenizer of exactly %2 tokens (the model&apos;s vocabulary) and import again.</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="285"/>
        <source>GPT-2 checkpoint, %1 layers, %2 heads, %3 dims, %4 parameters, imported from %5</source>
        <translation>GPT-2 checkpoint, %1 layers, %2 heads, %3 dims, %4 parameters, imported from %5</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="305"/>
        <source>Imported %1.</source>
        <translation>Imported %1.</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="306"/>
        <source>Notes: %1.</source>
        <translation>Notes: %1.</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="311"/>
        <source>The checkpoint could not be imported: %1</source>
        <translation>The checkpoint could not be imported: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="322"/>
        <source>Export the model as a GPT-2 checkpoint (choose or create a folder)</source>
        <translation>Export the model as a GPT-2 checkpoint (choose or create a folder)</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="331"/>
        <source>Only GPT models can be exported as GPT-2 checkpoints.</source>
        <translation>Only GPT models can be exported as GPT-2 checkpoints.</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="339"/>
        <source>Exporting %1</source>
        <translation>Exporting %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="350"/>
        <source>%1 was written to %2 (config.json, model.safetensors, vocab.json, merges.txt).</source>
        <translation>%1 was written to %2 (config.json, model.safetensors, vocab.json, merges.txt).</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="353"/>
        <source>%1 was written to %2 without vocab.json and merges.txt: only byte-level BPE tokenizers have that form, and this model&apos;s tokenizer is a %3 tokenizer. It was saved as tokenizer.json instead, which GPT-2 tools do not read.</source>
        <translation>%1 was written to %2 without vocab.json and merges.txt: only byte-level BPE tokenizers have that form, and this model&apos;s tokenizer is a %3 tokenizer. It was saved as tokenizer.json instead, which GPT-2 tools do not read.</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="359"/>
        <source>The model could not be exported: %1</source>
        <translation>The model could not be exported: %1</translation>
    </message>
</context>
<context>
    <name>GptPanel</name>
    <message>
        <location filename="../ui/panels/GptPanel.cpp" line="98"/>
        <source>Train</source>
        <translation>Train</translation>
    </message>
    <message>
        <location filename="../ui/panels/GptPanel.cpp" line="99"/>
        <source>Models</source>
        <translation>Models</translation>
    </message>
    <message>
        <location filename="../ui/panels/GptPanel.cpp" line="101"/>
        <source>Train a GPT and watch its loss go down</source>
        <translation>Train a GPT and watch its loss go down</translation>
    </message>
    <message>
        <location filename="../ui/panels/GptPanel.cpp" line="103"/>
        <source>The workspace&apos;s models: rename, remove, import and export</source>
        <translation>The workspace&apos;s models: rename, remove, import and export</translation>
    </message>
    <message>
        <location filename="../ui/panels/GptPanel.cpp" line="108"/>
        <source>GPT: a transformer that predicts the next token</source>
        <translation>GPT: a transformer that predicts the next token</translation>
    </message>
    <message>
        <location filename="../ui/panels/GptPanel.cpp" line="109"/>
        <source>&lt;p&gt;GPT is &lt;b&gt;autoregressive&lt;/b&gt;: it models a text as a chain of next-token predictions,&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;&lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1:n&lt;/sub&gt;) = ∏&lt;sub&gt;k&lt;/sub&gt; &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;k&lt;/sub&gt; | &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1:k−1&lt;/sub&gt;)&lt;/p&gt;&lt;p&gt;It is a transformer used only as a &lt;b&gt;decoder&lt;/b&gt;: token and position embeddings, then &lt;i&gt;L&lt;/i&gt; blocks of &lt;b&gt;causal self-attention&lt;/b&gt; (each token looks only at itself and the tokens before it; the future is masked) and an MLP, then a softmax over the vocabulary.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Training&lt;/b&gt; maximises the likelihood, i.e. minimises the cross-entropy&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;&lt;i&gt;J&lt;/i&gt; = −log &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;) − log &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;2&lt;/sub&gt;|&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;) − … − log &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;n&lt;/sub&gt;|&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1:n−1&lt;/sub&gt;)&lt;/p&gt;&lt;p&gt;with &lt;b&gt;teacher forcing&lt;/b&gt;: every position of a window sees the &lt;i&gt;true&lt;/i&gt; history and predicts its next token, all at once. Watch the &lt;b&gt;loss go down&lt;/b&gt;: from about log &lt;i&gt;V&lt;/i&gt; (guessing) to the corpus&apos;s own uncertainty; the &lt;b&gt;validation&lt;/b&gt; loss, on text the model never trains on, tells learning from memorising. Perplexity = e&lt;sup&gt;loss&lt;/sup&gt;.&lt;/p&gt;&lt;p&gt;GPT-2 (medium): context 1,024 tokens, embeddings of 1,024, 24 layers. The lecture&apos;s example is tiny: 2 layers, 2 heads, 64 dimensions, a BPE of 1,000 tokens.&lt;/p&gt;</source>
        <translation>&lt;p&gt;GPT is &lt;b&gt;autoregressive&lt;/b&gt;: it models a text as a chain of next-token predictions,&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;&lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1:n&lt;/sub&gt;) = ∏&lt;sub&gt;k&lt;/sub&gt; &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;k&lt;/sub&gt; | &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1:k−1&lt;/sub&gt;)&lt;/p&gt;&lt;p&gt;It is a transformer used only as a &lt;b&gt;decoder&lt;/b&gt;: token and position embeddings, then &lt;i&gt;L&lt;/i&gt; blocks of &lt;b&gt;causal self-attention&lt;/b&gt; (each token looks only at itself and the tokens before it; the future is masked) and an MLP, then a softmax over the vocabulary.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Training&lt;/b&gt; maximises the likelihood, i.e. minimises the cross-entropy&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;&lt;i&gt;J&lt;/i&gt; = −log &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;) − log &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;2&lt;/sub&gt;|&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;) − … − log &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;n&lt;/sub&gt;|&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1:n−1&lt;/sub&gt;)&lt;/p&gt;&lt;p&gt;with &lt;b&gt;teacher forcing&lt;/b&gt;: every position of a window sees the &lt;i&gt;true&lt;/i&gt; history and predicts its next token, all at once. Watch the &lt;b&gt;loss go down&lt;/b&gt;: from about log &lt;i&gt;V&lt;/i&gt; (guessing) to the corpus&apos;s own uncertainty; the &lt;b&gt;validation&lt;/b&gt; loss, on text the model never trains on, tells learning from memorising. Perplexity = e&lt;sup&gt;loss&lt;/sup&gt;.&lt;/p&gt;&lt;p&gt;GPT-2 (medium): context 1,024 tokens, embeddings of 1,024, 24 layers. The lecture&apos;s example is tiny: 2 layers, 2 heads, 64 dimensions, a BPE of 1,000 tokens.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/GptPanel.cpp" line="130"/>
        <source>Train the lecture&apos;s tiny GPT (2 layers, 2 heads, 64 dims, 300 steps) on the first corpus, with a 1,000-token BPE</source>
        <translation>Train the lecture&apos;s tiny GPT (2 layers, 2 heads, 64 dims, 300 steps) on the first corpus, with a 1,000-token BPE</translation>
    </message>
    <message>
        <location filename="../ui/panels/GptPanel.cpp" line="140"/>
        <source>Nothing was started: %1</source>
        <translation>Nothing was started: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/GptPanel.cpp" line="173"/>
        <source>Training was stopped before its first step; no model was kept.</source>
        <translation>Training was stopped before its first step; no model was kept.</translation>
    </message>
    <message>
        <location filename="../ui/panels/GptPanel.cpp" line="179"/>
        <source>Training failed: %1</source>
        <translation>Training failed: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/GptPanel.cpp" line="211"/>
        <source>It was added as %1. Try a lower learning rate or a longer warm-up.</source>
        <translation>It was added as %1. Try a lower learning rate or a longer warm-up.</translation>
    </message>
    <message>
        <location filename="../ui/panels/GptPanel.cpp" line="215"/>
        <source>Stopped: the model was kept as %1 (%2).</source>
        <translation>Stopped: the model was kept as %1 (%2).</translation>
    </message>
    <message>
        <location filename="../ui/panels/GptPanel.cpp" line="219"/>
        <source>Trained %1.</source>
        <translation>Trained %1.</translation>
    </message>
    <message>
        <location filename="../ui/panels/GptPanel.cpp" line="221"/>
        <source>Final training loss %1.</source>
        <translation>Final training loss %1.</translation>
    </message>
    <message>
        <location filename="../ui/panels/GptPanel.cpp" line="224"/>
        <source>Validation perplexity %1.</source>
        <translation>Validation perplexity %1.</translation>
    </message>
    <message>
        <location filename="../ui/panels/GptPanel.cpp" line="267"/>
        <source>Training a 1,000-token BPE first, then the GPT...</source>
        <translation>Training a 1,000-token BPE first, then the GPT...</translation>
    </message>
    <message>
        <location filename="../ui/panels/GptPanel.cpp" line="283"/>
        <source>The tokenizer could not be trained: %1</source>
        <translation>The tokenizer could not be trained: %1</translation>
    </message>
</context>
<context>
    <name>GptSettingsForm</name>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="164"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="165"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="166"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="167"/>
        <source>&amp;Corpus:</source>
        <translation>&amp;Corpus:</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="167"/>
        <source>The texts the model learns to continue</source>
        <translation>The texts the model learns to continue</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="168"/>
        <source>&amp;Tokenizer:</source>
        <translation>&amp;Tokenizer:</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="169"/>
        <source>Turns the texts into token ids; its vocabulary size is the model&apos;s V</source>
        <translation>Turns the texts into token ids; its vocabulary size is the model&apos;s V</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="170"/>
        <source>&amp;Layers:</source>
        <translation>&amp;Layers:</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="170"/>
        <source>Transformer blocks stacked one on the other (L)</source>
        <translation>Transformer blocks stacked one on the other (L)</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="171"/>
        <source>&amp;Heads:</source>
        <translation>&amp;Heads:</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="172"/>
        <source>Attention heads per layer; each looks at C / heads dimensions</source>
        <translation>Attention heads per layer; each looks at C / heads dimensions</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="173"/>
        <source>&amp;Embedding size:</source>
        <translation>&amp;Embedding size:</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="173"/>
        <source>Dimensions of every token&apos;s vector (C)</source>
        <translation>Dimensions of every token&apos;s vector (C)</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="174"/>
        <source>C&amp;ontext:</source>
        <translation>C&amp;ontext:</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="175"/>
        <source>The longest sequence the model can read: its learned positions</source>
        <translation>The longest sequence the model can read: its learned positions</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="176"/>
        <source>&amp;Dropout:</source>
        <translation>&amp;Dropout:</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="177"/>
        <source>Probability of zeroing an activation while training (0 = none)</source>
        <translation>Probability of zeroing an activation while training (0 = none)</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="178"/>
        <source>&amp;Steps:</source>
        <translation>&amp;Steps:</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="178"/>
        <source>Optimizer updates (AdamW)</source>
        <translation>Optimizer updates (AdamW)</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="179"/>
        <source>&amp;Batch:</source>
        <translation>&amp;Batch:</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="179"/>
        <source>Windows of text per step</source>
        <translation>Windows of text per step</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="180"/>
        <source>Se&amp;quence length:</source>
        <translation>Se&amp;quence length:</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="181"/>
        <source>Tokens per window; each window teaches T next-token predictions at once (teacher forcing)</source>
        <translation>Tokens per window; each window teaches T next-token predictions at once (teacher forcing)</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="183"/>
        <source>Learning &amp;rate:</source>
        <translation>Learning &amp;rate:</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="184"/>
        <source>The largest learning rate, reached after the warm-up, then decayed as a cosine</source>
        <translation>The largest learning rate, reached after the warm-up, then decayed as a cosine</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="185"/>
        <source>&amp;Warm-up:</source>
        <translation>&amp;Warm-up:</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="185"/>
        <source>Steps over which the learning rate grows from 0</source>
        <translation>Steps over which the learning rate grows from 0</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="186"/>
        <source>S&amp;eed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="186"/>
        <source>Seeds the initial weights and the choice of windows</source>
        <translation>Seeds the initial weights and the choice of windows</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="187"/>
        <source>&amp;Validation:</source>
        <translation>&amp;Validation:</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="188"/>
        <source>Fraction of the tokens, at the end of the corpus, held out to measure the loss on text the model never trains on</source>
        <translation>Fraction of the tokens, at the end of the corpus, held out to measure the loss on text the model never trains on</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="190"/>
        <source>Sample e&amp;very:</source>
        <translation>Sample e&amp;very:</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="191"/>
        <source>Generate a short text every N steps (0 = never)</source>
        <translation>Generate a short text every N steps (0 = never)</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="192"/>
        <source>Sample &amp;prompt:</source>
        <translation>Sample &amp;prompt:</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="192"/>
        <source>The beginning of every sample</source>
        <translation>The beginning of every sample</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="193"/>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="194"/>
        <source> steps</source>
        <translation> steps</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="195"/>
        <source>T&amp;rain</source>
        <translation>T&amp;rain</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="196"/>
        <source>Train a new model with these settings (Ctrl+Return)</source>
        <translation>Train a new model with these settings (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="198"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="199"/>
        <source>Stop training; the model keeps the last completed step</source>
        <translation>Stop training; the model keeps the last completed step</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="215"/>
        <source>%1 (processed)</source>
        <translation>%1 (processed)</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="237"/>
        <source>%1 (%2 tokens)</source>
        <translation>%1 (%2 tokens)</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="361"/>
        <source>Choose a corpus to train on (load one in the Corpus lesson).</source>
        <translation>Choose a corpus to train on (load one in the Corpus lesson).</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="363"/>
        <source>Choose a tokenizer (train one in the Tokenization lesson, or press the lecture example button).</source>
        <translation>Choose a tokenizer (train one in the Tokenization lesson, or press the lecture example button).</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="378"/>
        <source>&lt;b&gt;%1 parameters&lt;/b&gt; (V = %2 tokens): V·C + T·C + L·(12·C² + 13·C) + 2·C</source>
        <translation>&lt;b&gt;%1 parameters&lt;/b&gt; (V = %2 tokens): V·C + T·C + L·(12·C² + 13·C) + 2·C</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="383"/>
        <source>Parameters: choose a tokenizer and a valid shape</source>
        <translation>Parameters: choose a tokenizer and a valid shape</translation>
    </message>
</context>
<context>
    <name>GptTrainTab</name>
    <message>
        <location filename="../ui/panels/gpt/GptTrainTab.cpp" line="56"/>
        <source>Samples generated during training (the same prompt, step by step):</source>
        <translation>Samples generated during training (the same prompt, step by step):</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptTrainTab.cpp" line="57"/>
        <source>What the model writes after the prompt at each sampling step: noise first, then the corpus&apos;s letters, words and style</source>
        <translation>What the model writes after the prompt at each sampling step: noise first, then the corpus&apos;s letters, words and style</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptTrainTab.cpp" line="59"/>
        <source>Perplexity = exp(validation loss): the model is as unsure as if it chose among that many tokens</source>
        <translation>Perplexity = exp(validation loss): the model is as unsure as if it chose among that many tokens</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptTrainTab.cpp" line="86"/>
        <source>&lt;b&gt;Step %1:&lt;/b&gt; %2&lt;i&gt;%3&lt;/i&gt;</source>
        <translation>&lt;b&gt;Step %1:&lt;/b&gt; %2&lt;i&gt;%3&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptTrainTab.cpp" line="100"/>
        <source>%1 has no training history (it was imported).</source>
        <translation>%1 has no training history (it was imported).</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptTrainTab.cpp" line="101"/>
        <source>The training curve of %1.</source>
        <translation>The training curve of %1.</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptTrainTab.cpp" line="123"/>
        <source>Press Train: the loss of each step appears here as it is measured.</source>
        <translation>Press Train: the loss of each step appears here as it is measured.</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptTrainTab.cpp" line="128"/>
        <source>Step &lt;b&gt;%1&lt;/b&gt; of %2 · training loss &lt;b&gt;%3&lt;/b&gt; · %4 tokens/s · learning rate %5</source>
        <translation>Step &lt;b&gt;%1&lt;/b&gt; of %2 · training loss &lt;b&gt;%3&lt;/b&gt; · %4 tokens/s · learning rate %5</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptTrainTab.cpp" line="136"/>
        <source> · validation loss &lt;b&gt;%1&lt;/b&gt;, perplexity &lt;b&gt;%2&lt;/b&gt;</source>
        <translation> · validation loss &lt;b&gt;%1&lt;/b&gt;, perplexity &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>GptTraining</name>
    <message>
        <location filename="../ui/GptTraining.cpp" line="106"/>
        <source>Training the lecture&apos;s GPT on %1</source>
        <translation>Training the lecture&apos;s GPT on %1</translation>
    </message>
    <message>
        <location filename="../ui/GptTraining.cpp" line="172"/>
        <source>%1 M</source>
        <translation>%1 M</translation>
    </message>
    <message>
        <location filename="../ui/GptTraining.cpp" line="174"/>
        <source>%1 k</source>
        <translation>%1 k</translation>
    </message>
    <message>
        <location filename="../ui/GptTraining.cpp" line="182"/>
        <source>GPT, %1 layers, %2 heads, %3 dims, %4 parameters, %5 steps on %6</source>
        <translation>GPT, %1 layers, %2 heads, %3 dims, %4 parameters, %5 steps on %6</translation>
    </message>
    <message>
        <location filename="../ui/GptTraining.cpp" line="190"/>
        <source>Training a GPT on %1</source>
        <translation>Training a GPT on %1</translation>
    </message>
    <message>
        <location filename="../ui/GptTraining.cpp" line="201"/>
        <source>The tokenizer has only %1 tokens; a language model needs a vocabulary of at least 10.</source>
        <translation>The tokenizer has only %1 tokens; a language model needs a vocabulary of at least 10.</translation>
    </message>
    <message>
        <location filename="../ui/GptTraining.cpp" line="205"/>
        <source>Layers, heads, embedding size and context must all be at least 1.</source>
        <translation>Layers, heads, embedding size and context must all be at least 1.</translation>
    </message>
    <message>
        <location filename="../ui/GptTraining.cpp" line="207"/>
        <source>%1 heads do not divide the embedding size %2: each head gets C / heads dimensions, so choose an embedding size that is a multiple of the number of heads.</source>
        <translation>%1 heads do not divide the embedding size %2: each head gets C / heads dimensions, so choose an embedding size that is a multiple of the number of heads.</translation>
    </message>
    <message>
        <location filename="../ui/GptTraining.cpp" line="211"/>
        <source>The sequence length %1 is longer than the context %2: the model has no position embedding beyond its context.</source>
        <translation>The sequence length %1 is longer than the context %2: the model has no position embedding beyond its context.</translation>
    </message>
    <message>
        <location filename="../ui/GptTraining.cpp" line="215"/>
        <source>Steps, batch size and sequence length must all be at least 1.</source>
        <translation>Steps, batch size and sequence length must all be at least 1.</translation>
    </message>
    <message>
        <location filename="../ui/GptTraining.cpp" line="217"/>
        <source>The warm-up (%1 steps) is longer than the whole training (%2 steps).</source>
        <translation>The warm-up (%1 steps) is longer than the whole training (%2 steps).</translation>
    </message>
    <message>
        <location filename="../ui/GptTraining.cpp" line="220"/>
        <source>The learning rate must be above 0 and at most 1 (GPT-2 small used 6e-4).</source>
        <translation>The learning rate must be above 0 and at most 1 (GPT-2 small used 6e-4).</translation>
    </message>
    <message>
        <location filename="../ui/GptTraining.cpp" line="223"/>
        <source>The validation fraction must be between 0 and 0.5.</source>
        <translation>The validation fraction must be between 0 and 0.5.</translation>
    </message>
    <message>
        <location filename="../ui/GptTraining.cpp" line="225"/>
        <source>Dropout is a probability: it must be at least 0 and below 1.</source>
        <translation>Dropout is a probability: it must be at least 0 and below 1.</translation>
    </message>
    <message>
        <location filename="../ui/GptTraining.cpp" line="312"/>
        <source>Training stopped after step %1: %2. The model keeps the weights of step %1.</source>
        <translation>Training stopped after step %1: %2. The model keeps the weights of step %1.</translation>
    </message>
    <message>
        <location filename="../ui/GptTraining.cpp" line="321"/>
        <source>stopped at step %1 of %2</source>
        <translation>stopped at step %1 of %2</translation>
    </message>
    <message>
        <location filename="../ui/GptTraining.cpp" line="339"/>
        <source>diverged at step %1</source>
        <translation>diverged at step %1</translation>
    </message>
</context>
<context>
    <name>HeatmapView</name>
    <message>
        <location filename="../ui/widgets/HeatmapView.cpp" line="274"/>
        <location filename="../ui/widgets/HeatmapView.cpp" line="570"/>
        <source>masked</source>
        <translation>masked</translation>
    </message>
    <message>
        <location filename="../ui/widgets/HeatmapView.cpp" line="400"/>
        <source>No matrix to show</source>
        <translation>No matrix to show</translation>
    </message>
    <message>
        <location filename="../ui/widgets/HeatmapView.cpp" line="381"/>
        <source>%1 × %2: masked</source>
        <translation>%1 × %2: masked</translation>
    </message>
    <message>
        <location filename="../ui/widgets/HeatmapView.cpp" line="390"/>
        <source>%1 × %2: %3</source>
        <translation>%1 × %2: %3</translation>
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
        <location filename="../ui/jobs/JobRow.cpp" line="60"/>
        <source>Cancel this job</source>
        <translation>Cancel this job</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobRow.cpp" line="79"/>
        <source>Finished in %1</source>
        <translation>Finished in %1</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobRow.cpp" line="82"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobRow.cpp" line="85"/>
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
    <name>LectureSimilarityView</name>
    <message>
        <location filename="../ui/panels/cooccurrence/LectureSimilarityView.cpp" line="196"/>
        <source>The lecture&apos;s table: word × context counts</source>
        <translation>The lecture&apos;s table: word × context counts</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/LectureSimilarityView.cpp" line="197"/>
        <source>Dot product or cosine?</source>
        <translation>Dot product or cosine?</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/LectureSimilarityView.cpp" line="198"/>
        <source>Dot product v · w = Σ vᵢ wᵢ (grows with the counts):</source>
        <translation>Dot product v · w = Σ vᵢ wᵢ (grows with the counts):</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/LectureSimilarityView.cpp" line="199"/>
        <source>Cosine v · w / (|v| |w|) (only the direction counts):</source>
        <translation>Cosine v · w / (|v| |w|) (only the direction counts):</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/LectureSimilarityView.cpp" line="200"/>
        <source>Bag of words: the order is lost</source>
        <translation>Bag of words: the order is lost</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/LectureSimilarityView.cpp" line="201"/>
        <source>Sentence &amp;1:</source>
        <translation>Sentence &amp;1:</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/LectureSimilarityView.cpp" line="202"/>
        <source>Sentence &amp;2:</source>
        <translation>Sentence &amp;2:</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/LectureSimilarityView.cpp" line="203"/>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/LectureSimilarityView.cpp" line="203"/>
        <source>Context word</source>
        <translation>Context word</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/LectureSimilarityView.cpp" line="233"/>
        <source>&lt;p&gt;cos(cherry, information) = &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;cos(digital, information) = &lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;By dot product, information is closest to itself (%3) and then to digital (%4): long vectors of frequent words win. The cosine divides by the lengths, so only the direction matters: digital and information point the same way, cherry does not.&lt;/p&gt;</source>
        <translation>&lt;p&gt;cos(cherry, information) = &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;cos(digital, information) = &lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;By dot product, information is closest to itself (%3) and then to digital (%4): long vectors of frequent words win. The cosine divides by the lengths, so only the direction matters: digital and information point the same way, cherry does not.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/LectureSimilarityView.cpp" line="260"/>
        <source>Type two sentences.</source>
        <translation>Type two sentences.</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/LectureSimilarityView.cpp" line="274"/>
        <source>Sentence 1</source>
        <translation>Sentence 1</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/LectureSimilarityView.cpp" line="274"/>
        <source>Sentence 2</source>
        <translation>Sentence 2</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/LectureSimilarityView.cpp" line="283"/>
        <source>&lt;b&gt;The same vector&lt;/b&gt; (cosine %1): a bag of words keeps how many times each word appears, not the order, so it cannot tell who bit whom.</source>
        <translation>&lt;b&gt;The same vector&lt;/b&gt; (cosine %1): a bag of words keeps how many times each word appears, not the order, so it cannot tell who bit whom.</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/LectureSimilarityView.cpp" line="287"/>
        <source>Different vectors: cosine %1.</source>
        <translation>Different vectors: cosine %1.</translation>
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
        <location filename="../ui/LessonRegistry.cpp" line="20"/>
        <source>Corpus</source>
        <translation>Corpus</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="22"/>
        <source>Documents, vocabulary, frequencies, Zipf&apos;s law and concordances</source>
        <translation>Documents, vocabulary, frequencies, Zipf&apos;s law and concordances</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="32"/>
        <source>Preprocessing</source>
        <translation>Preprocessing</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="34"/>
        <source>Cleaning, normalisation, sentences, tokens, stop words, stems, lemmas and spelling, step by step</source>
        <translation>Cleaning, normalisation, sentences, tokens, stop words, stems, lemmas and spelling, step by step</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="44"/>
        <source>Tokenization</source>
        <translation>Tokenization</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="46"/>
        <source>Words, characters and subwords: BPE and WordPiece trained, compared and replayed merge by merge</source>
        <translation>Words, characters and subwords: BPE and WordPiece trained, compared and replayed merge by merge</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="56"/>
        <source>N-grams</source>
        <translation>N-grams</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="58"/>
        <source>The chain rule and its n-gram approximation: counts become probabilities, smoothing, perplexity and sentences sampled word by word</source>
        <translation>The chain rule and its n-gram approximation: counts become probabilities, smoothing, perplexity and sentences sampled word by word</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="69"/>
        <source>Co-occurrence &amp; TF-IDF</source>
        <translation>Co-occurrence &amp; TF-IDF</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="71"/>
        <source>Word-document and word-word matrices as heatmaps, bag of words, cosine similarity, TF-IDF and BM25 search</source>
        <translation>Word-document and word-word matrices as heatmaps, bag of words, cosine similarity, TF-IDF and BM25 search</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="81"/>
        <source>Word embeddings</source>
        <translation>Word embeddings</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="83"/>
        <source>Dense word vectors: word2vec trained live and PPMI–SVD, nearest neighbours, analogies and evaluation</source>
        <translation>Dense word vectors: word2vec trained live and PPMI–SVD, nearest neighbours, analogies and evaluation</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="93"/>
        <source>Projection</source>
        <translation>Projection</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="95"/>
        <source>Vectors drawn in 2-D with PCA, t-SNE and UMAP, animated while they run; neighbours before and after</source>
        <translation>Vectors drawn in 2-D with PCA, t-SNE and UMAP, animated while they run; neighbours before and after</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="105"/>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="107"/>
        <source>Self-attention step by step, queries, keys and values, positional encodings, layer norm, and every head of a GPT</source>
        <translation>Self-attention step by step, queries, keys and values, positional encodings, layer norm, and every head of a GPT</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="117"/>
        <source>Transformer / GPT</source>
        <translation>Transformer / GPT</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="119"/>
        <source>Train a small GPT on a corpus and watch the loss go down; open and save GPT-2 checkpoints</source>
        <translation>Train a small GPT on a corpus and watch the loss go down; open and save GPT-2 checkpoints</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="128"/>
        <source>Generation</source>
        <translation>Generation</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="130"/>
        <source>The next-token distribution under temperature, top-k and top-p; generate step by step or N tokens at once</source>
        <translation>The next-token distribution under temperature, top-k and top-p; generate step by step or N tokens at once</translation>
    </message>
</context>
<context>
    <name>LossChart</name>
    <message>
        <location filename="../ui/widgets/LossChart.cpp" line="158"/>
        <source>Step %1
Training loss: %2</source>
        <translation>Step %1
Training loss: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/LossChart.cpp" line="161"/>
        <source>
Validation loss: %1 (perplexity %2)</source>
        <translation>
Validation loss: %1 (perplexity %2)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/LossChart.cpp" line="164"/>
        <source>
Learning rate: %1</source>
        <translation>
Learning rate: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/LossChart.cpp" line="180"/>
        <location filename="../ui/widgets/LossChart.cpp" line="214"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../ui/widgets/LossChart.cpp" line="180"/>
        <source>Training loss</source>
        <translation>Training loss</translation>
    </message>
    <message>
        <location filename="../ui/widgets/LossChart.cpp" line="180"/>
        <source>Validation loss</source>
        <translation>Validation loss</translation>
    </message>
    <message>
        <location filename="../ui/widgets/LossChart.cpp" line="181"/>
        <source>Learning rate</source>
        <translation>Learning rate</translation>
    </message>
    <message>
        <location filename="../ui/widgets/LossChart.cpp" line="181"/>
        <source>Tokens per second</source>
        <translation>Tokens per second</translation>
    </message>
    <message>
        <source>Export picture (PNG, SVG)...</source>
        <translation type="vanished">Export picture (PNG, SVG)...</translation>
    </message>
    <message>
        <source>Export points (CSV)...</source>
        <translation type="vanished">Export points (CSV)...</translation>
    </message>
    <message>
        <location filename="../ui/widgets/LossChart.cpp" line="211"/>
        <source>Loss during training</source>
        <translation>Loss during training</translation>
    </message>
    <message>
        <location filename="../ui/widgets/LossChart.cpp" line="212"/>
        <source>Training loss (batch)</source>
        <translation>Training loss (batch)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/LossChart.cpp" line="213"/>
        <source>Validation loss (held-out text)</source>
        <translation>Validation loss (held-out text)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/LossChart.cpp" line="215"/>
        <source>Loss (nats, log scale)</source>
        <translation>Loss (nats, log scale)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/LossChart.cpp" line="216"/>
        <source>Right-click to export the picture or the points</source>
        <translation>Right-click to export the picture or the points</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="45"/>
        <source>Lengua workspaces (*.lengua)</source>
        <translation>Lengua workspaces (*.lengua)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="227"/>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="228"/>
        <source>Sample &amp;corpora</source>
        <translation>Sample &amp;corpora</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="229"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="230"/>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="231"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="232"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="233"/>
        <source>&amp;New workspace</source>
        <translation>&amp;New workspace</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="234"/>
        <source>Start an empty workspace</source>
        <translation>Start an empty workspace</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="235"/>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Open workspace…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="236"/>
        <source>&amp;Save workspace</source>
        <translation>&amp;Save workspace</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="237"/>
        <source>Save workspace &amp;as…</source>
        <translation>Save workspace &amp;as…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="238"/>
        <source>&amp;Import corpus…</source>
        <translation>&amp;Import corpus…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="239"/>
        <source>Load text, CSV/TSV, JSON Lines, HTML or fortune files as a corpus</source>
        <translation>Load text, CSV/TSV, JSON Lines, HTML or fortune files as a corpus</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="240"/>
        <source>Import &amp;folder…</source>
        <translation>Import &amp;folder…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="241"/>
        <source>Load every text file of a folder, one document per file</source>
        <translation>Load every text file of a folder, one document per file</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="242"/>
        <source>&amp;Export current view…</source>
        <translation>&amp;Export current view…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="243"/>
        <source>Save the picture (PNG, SVG) or the table (CSV) the panel shows</source>
        <translation>Save the picture (PNG, SVG) or the table (CSV) the panel shows</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="244"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="245"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="246"/>
        <source>Lar&amp;ger text</source>
        <translation>Lar&amp;ger text</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="247"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="248"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normal text size</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="249"/>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="250"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="251"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="252"/>
        <source>&amp;About Lengua</source>
        <translation>&amp;About Lengua</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="253"/>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="254"/>
        <source>&amp;Lessons</source>
        <translation>&amp;Lessons</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="255"/>
        <source>&amp;Jobs</source>
        <translation>&amp;Jobs</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="362"/>
        <source>Open workspace</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="371"/>
        <source>Opening %1</source>
        <translation>Opening %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="380"/>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="383"/>
        <source>Could not open the workspace</source>
        <translation>Could not open the workspace</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="384"/>
        <source>%1

The workspace you had open is unchanged.</source>
        <translation>%1

The workspace you had open is unchanged.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="393"/>
        <source>Saving %1</source>
        <translation>Saving %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="402"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="408"/>
        <source>Could not save the workspace</source>
        <translation>Could not save the workspace</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="424"/>
        <source>Save workspace</source>
        <translation>Save workspace</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="439"/>
        <location filename="../ui/MainWindow.cpp" line="455"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="440"/>
        <source>The workspace has changes that are not saved. Save them first?</source>
        <translation>The workspace has changes that are not saved. Save them first?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="456"/>
        <source>The workspace has changes that are not saved. Save them before quitting?</source>
        <translation>The workspace has changes that are not saved. Save them before quitting?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="498"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="511"/>
        <source>Not installed: run “sudo apt-get install %1” and restart Lengua</source>
        <translation>Not installed: run “sudo apt-get install %1” and restart Lengua</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="514"/>
        <source>From the Debian package %1</source>
        <translation>From the Debian package %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="565"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="569"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="569"/>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="595"/>
        <source>About Lengua</source>
        <translation>About Lengua</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="596"/>
        <source>&lt;h3&gt;Lengua %1&lt;/h3&gt;&lt;p&gt;A workbench for seeing how language models work: load a corpus, clean and tokenize it, train the models of a modern NLP course on it and look inside each one.&lt;/p&gt;&lt;p&gt;Built with Qt %2, ICU, SQLite, libxml2 and SWORD.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lengua %1&lt;/h3&gt;&lt;p&gt;A workbench for seeing how language models work: load a corpus, clean and tokenize it, train the models of a modern NLP course on it and look inside each one.&lt;/p&gt;&lt;p&gt;Built with Qt %2, ICU, SQLite, libxml2 and SWORD.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="605"/>
        <source>Untitled workspace</source>
        <translation>Untitled workspace</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="615"/>
        <source>%n corpus(es) in the workspace</source>
        <translation>
            <numerusform>%n corpus in the workspace</numerusform>
            <numerusform>%n corpora in the workspace</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="618"/>
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n job running</numerusform>
            <numerusform>%n jobs running</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="618"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
</context>
<context>
    <name>NeighbourComparisonView</name>
    <message>
        <location filename="../ui/panels/projection/NeighbourComparisonView.cpp" line="34"/>
        <source>Original space (cosine)</source>
        <translation>Original space (cosine)</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/NeighbourComparisonView.cpp" line="34"/>
        <source>2-D layout (distance)</source>
        <translation>2-D layout (distance)</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/NeighbourComparisonView.cpp" line="35"/>
        <source>Left: the nearest words by the cosine of their vectors. Right: the nearest points in the picture. Words in both lists are shown in bold on a green background.</source>
        <translation>Left: the nearest words by the cosine of their vectors. Right: the nearest points in the picture. Words in both lists are shown in bold on a green background.</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/NeighbourComparisonView.cpp" line="39"/>
        <source>Hover a point to compare its neighbours</source>
        <translation>Hover a point to compare its neighbours</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/NeighbourComparisonView.cpp" line="42"/>
        <source>Neighbours of “%1”</source>
        <translation>Neighbours of “%1”</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/NeighbourComparisonView.cpp" line="43"/>
        <source>Kept in 2-D: %1/%2 neighbours</source>
        <translation>Kept in 2-D: %1/%2 neighbours</translation>
    </message>
</context>
<context>
    <name>NeighboursView</name>
    <message>
        <location filename="../ui/panels/embeddings/NeighboursView.cpp" line="50"/>
        <source>&amp;Word:</source>
        <translation>&amp;Word:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/NeighboursView.cpp" line="51"/>
        <source>a word of the vocabulary, e.g. casa</source>
        <translation>a word of the vocabulary, e.g. casa</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/NeighboursView.cpp" line="52"/>
        <source>Press Enter to list the words whose vectors point the same way</source>
        <translation>Press Enter to list the words whose vectors point the same way</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/NeighboursView.cpp" line="53"/>
        <source>top 10</source>
        <translation>top 10</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/NeighboursView.cpp" line="54"/>
        <source>top 20</source>
        <translation>top 20</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/NeighboursView.cpp" line="55"/>
        <source>How many neighbours to list</source>
        <translation>How many neighbours to list</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/NeighboursView.cpp" line="56"/>
        <source>&amp;Neighbours</source>
        <translation>&amp;Neighbours</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/NeighboursView.cpp" line="57"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/NeighboursView.cpp" line="58"/>
        <source>Saves the table as CSV</source>
        <translation>Saves the table as CSV</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/NeighboursView.cpp" line="59"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/NeighboursView.cpp" line="59"/>
        <source>Neighbour</source>
        <translation>Neighbour</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/NeighboursView.cpp" line="59"/>
        <source>Cosine</source>
        <translation>Cosine</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/NeighboursView.cpp" line="59"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/NeighboursView.cpp" line="60"/>
        <source>cos(v, w) = v·w / (|v| |w|): 1 is the same direction, 0 unrelated</source>
        <translation>cos(v, w) = v·w / (|v| |w|): 1 is the same direction, 0 unrelated</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/NeighboursView.cpp" line="62"/>
        <source>How often the word appears in the corpus</source>
        <translation>How often the word appears in the corpus</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/NeighboursView.cpp" line="94"/>
        <source>No vectors yet: train some on a corpus, or import a file.</source>
        <translation>No vectors yet: train some on a corpus, or import a file.</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/NeighboursView.cpp" line="98"/>
        <source>Type a word and press Enter.</source>
        <translation>Type a word and press Enter.</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/NeighboursView.cpp" line="118"/>
        <source>The %1 words whose vectors are closest to “%2” by cosine, among %3 words.</source>
        <translation>The %1 words whose vectors are closest to “%2” by cosine, among %3 words.</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/NeighboursView.cpp" line="127"/>
        <source>“%1” is not in the vocabulary, and no word is spelt like it.</source>
        <translation>“%1” is not in the vocabulary, and no word is spelt like it.</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/NeighboursView.cpp" line="131"/>
        <source>“%1” is not in the vocabulary. Did you mean: %2?</source>
        <translation>“%1” is not in the vocabulary. Did you mean: %2?</translation>
    </message>
</context>
<context>
    <name>NextWordChart</name>
    <message>
        <location filename="../ui/panels/ngram/NextWordChart.cpp" line="260"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordChart.cpp" line="260"/>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordChart.cpp" line="260"/>
        <source>P(w | context)</source>
        <translation>P(w | context)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordChart.cpp" line="261"/>
        <source>C(context w)</source>
        <translation>C(context w)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordChart.cpp" line="261"/>
        <source>C(context w) / C(context)</source>
        <translation>C(context w) / C(context)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordChart.cpp" line="276"/>
        <source>Export picture (PNG, SVG)…</source>
        <translation>Export picture (PNG, SVG)…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordChart.cpp" line="278"/>
        <source>Export table (CSV)…</source>
        <translation>Export table (CSV)…</translation>
    </message>
</context>
<context>
    <name>NextWordView</name>
    <message>
        <location filename="../ui/panels/ngram/NextWordView.cpp" line="82"/>
        <source>Con&amp;text:</source>
        <translation>Con&amp;text:</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordView.cpp" line="83"/>
        <source>The words typed so far; the model predicts the next one from the last n − 1 of them</source>
        <translation>The words typed so far; the model predicts the next one from the last n − 1 of them</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordView.cpp" line="85"/>
        <source>&amp;Words shown:</source>
        <translation>&amp;Words shown:</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordView.cpp" line="86"/>
        <source>How many of the most probable next words the chart shows</source>
        <translation>How many of the most probable next words the chart shows</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordView.cpp" line="87"/>
        <source>Hover or click a word to see the counts and the formula behind its probability</source>
        <translation>Hover or click a word to see the counts and the formula behind its probability</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordView.cpp" line="127"/>
        <source>No n-gram model yet: train one with the controls on the left, or press the lesson&apos;s example button.</source>
        <translation>No n-gram model yet: train one with the controls on the left, or press the lesson&apos;s example button.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordView.cpp" line="151"/>
        <source>“%1” is not in the model&apos;s vocabulary: it is read as &amp;lt;unk&amp;gt;.</source>
        <translation>“%1” is not in the model&apos;s vocabulary: it is read as &amp;lt;unk&amp;gt;.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordView.cpp" line="152"/>
        <source>“%1” is not in the model&apos;s vocabulary (read as &amp;lt;unk&amp;gt;). Did you mean: %2?</source>
        <translation>“%1” is not in the model&apos;s vocabulary (read as &amp;lt;unk&amp;gt;). Did you mean: %2?</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordView.cpp" line="198"/>
        <source>P(w): a unigram model ignores the context</source>
        <translation>P(w): a unigram model ignores the context</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/ngram/NextWordView.cpp" line="199"/>
        <source>P(w | %1): the last %n word(s) decide</source>
        <translation>
            <numerusform>P(w | %1): the last %n word decides</numerusform>
            <numerusform>P(w | %1): the last %n words decide</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordView.cpp" line="202"/>
        <source>P(w | context), smoothed</source>
        <translation>P(w | context), smoothed</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordView.cpp" line="202"/>
        <source>score S(w | context)</source>
        <translation>score S(w | context)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordView.cpp" line="203"/>
        <source>counts alone: C(context w) / C(context)</source>
        <translation>counts alone: C(context w) / C(context)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordView.cpp" line="207"/>
        <source>%1 other words share %2 % of the probability.</source>
        <translation>%1 other words share %2 % of the probability.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordView.cpp" line="210"/>
        <source>Stupid backoff&apos;s scores do not sum to 1 (here: %1).</source>
        <translation>Stupid backoff&apos;s scores do not sum to 1 (here: %1).</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordView.cpp" line="212"/>
        <source>No word can follow this context in the model (MLE gives 0 to everything after an unseen context).</source>
        <translation>No word can follow this context in the model (MLE gives 0 to everything after an unseen context).</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordView.cpp" line="223"/>
        <source>Hover or click a word of the chart to see where its probability comes from.</source>
        <translation>Hover or click a word of the chart to see where its probability comes from.</translation>
    </message>
</context>
<context>
    <name>NgramFormula</name>
    <message>
        <location filename="../ui/panels/ngram/NgramFormula.cpp" line="73"/>
        <source>%1 = λ&lt;sub&gt;3&lt;/sub&gt; P&lt;sub&gt;MLE&lt;/sub&gt;(w | w&lt;sub&gt;−2&lt;/sub&gt; w&lt;sub&gt;−1&lt;/sub&gt;) + λ&lt;sub&gt;2&lt;/sub&gt; P&lt;sub&gt;MLE&lt;/sub&gt;(w | w&lt;sub&gt;−1&lt;/sub&gt;) + λ&lt;sub&gt;1&lt;/sub&gt; P&lt;sub&gt;MLE&lt;/sub&gt;(w), with Σλ = 1</source>
        <translation>%1 = λ&lt;sub&gt;3&lt;/sub&gt; P&lt;sub&gt;MLE&lt;/sub&gt;(w | w&lt;sub&gt;−2&lt;/sub&gt; w&lt;sub&gt;−1&lt;/sub&gt;) + λ&lt;sub&gt;2&lt;/sub&gt; P&lt;sub&gt;MLE&lt;/sub&gt;(w | w&lt;sub&gt;−1&lt;/sub&gt;) + λ&lt;sub&gt;1&lt;/sub&gt; P&lt;sub&gt;MLE&lt;/sub&gt;(w), with Σλ = 1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramFormula.cpp" line="77"/>
        <source>S(w | h) = C(h w) / C(h) if C(h w) &amp;gt; 0, otherwise 0.4 · S(w | shorter h) (a score: it does not sum to 1)</source>
        <translation>S(w | h) = C(h w) / C(h) if C(h w) &amp;gt; 0, otherwise 0.4 · S(w | shorter h) (a score: it does not sum to 1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramFormula.cpp" line="81"/>
        <source>P&lt;sub&gt;KN&lt;/sub&gt;(w | h) = max(C(h w) − D, 0) / C(h) + λ(h) · P&lt;sub&gt;KN&lt;/sub&gt;(w | shorter h), with λ(h) = D · N&lt;sub&gt;1+&lt;/sub&gt;(h •) / C(h); lower orders count continuations N&lt;sub&gt;1+&lt;/sub&gt;(• h w)</source>
        <translation>P&lt;sub&gt;KN&lt;/sub&gt;(w | h) = max(C(h w) − D, 0) / C(h) + λ(h) · P&lt;sub&gt;KN&lt;/sub&gt;(w | shorter h), with λ(h) = D · N&lt;sub&gt;1+&lt;/sub&gt;(h •) / C(h); lower orders count continuations N&lt;sub&gt;1+&lt;/sub&gt;(• h w)</translation>
    </message>
    <message numerus="yes">
        <source>The longer context was never seen: the counts of the %n-word context are used.</source>
        <translation type="vanished">
            <numerusform>The longer context was never seen: the counts of the context of %n word are used.</numerusform>
            <numerusform>The longer context was never seen: the counts of the context of %n words are used.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/ngram/NgramFormula.cpp" line="114"/>
        <source>The longer context was never seen: the counts of the context of %n word(s) are used.</source>
        <translation>
            <numerusform>The longer context was never seen: the counts of the context of %n word are used.</numerusform>
            <numerusform>The longer context was never seen: the counts of the context of %n words are used.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramFormula.cpp" line="155"/>
        <source>λ&lt;sub&gt;1&lt;/sub&gt; … λ&lt;sub&gt;n&lt;/sub&gt; sum to 1.</source>
        <translation>λ&lt;sub&gt;1&lt;/sub&gt; … λ&lt;sub&gt;n&lt;/sub&gt; sum to 1.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramFormula.cpp" line="157"/>
        <source>A context never seen takes the value of the order below it.</source>
        <translation>A context never seen takes the value of the order below it.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramFormula.cpp" line="174"/>
        <source>0.4 × S(shorter context)</source>
        <translation>0.4 × S(shorter context)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramFormula.cpp" line="175"/>
        <source>%1 = 0: never seen, back off</source>
        <translation>%1 = 0: never seen, back off</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramFormula.cpp" line="200"/>
        <source>%1 = 0: the context was never seen, so the shorter one decides alone.</source>
        <translation>%1 = 0: the context was never seen, so the shorter one decides alone.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramFormula.cpp" line="211"/>
        <source>λ = (D&lt;sub&gt;1&lt;/sub&gt; N&lt;sub&gt;1&lt;/sub&gt; + D&lt;sub&gt;2&lt;/sub&gt; N&lt;sub&gt;2&lt;/sub&gt; + D&lt;sub&gt;3+&lt;/sub&gt; N&lt;sub&gt;3+&lt;/sub&gt;) / %1 = %2; D = %3 for a count of %4</source>
        <translation>λ = (D&lt;sub&gt;1&lt;/sub&gt; N&lt;sub&gt;1&lt;/sub&gt; + D&lt;sub&gt;2&lt;/sub&gt; N&lt;sub&gt;2&lt;/sub&gt; + D&lt;sub&gt;3+&lt;/sub&gt; N&lt;sub&gt;3+&lt;/sub&gt;) / %1 = %2; D = %3 for a count of %4</translation>
    </message>
</context>
<context>
    <name>NgramPanel</name>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="97"/>
        <source>Train &amp;&amp; perplexity</source>
        <translation>Train &amp;&amp; perplexity</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="98"/>
        <source>Next word</source>
        <translation>Next word</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="99"/>
        <source>Sentence probability</source>
        <translation>Sentence probability</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="100"/>
        <source>Generate</source>
        <translation>Generate</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="102"/>
        <source>How well each order and smoothing predicts the held-out sentences</source>
        <translation>How well each order and smoothing predicts the held-out sentences</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="104"/>
        <source>The distribution of the next word after a context, with the counts behind it</source>
        <translation>The distribution of the next word after a context, with the counts behind it</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="107"/>
        <source>A sentence&apos;s probability as the chain rule, factor by factor</source>
        <translation>A sentence&apos;s probability as the chain rule, factor by factor</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="108"/>
        <source>Sentences sampled word by word</source>
        <translation>Sentences sampled word by word</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="116"/>
        <source>N-grams: the probability of a sentence, by counting</source>
        <translation>N-grams: the probability of a sentence, by counting</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="117"/>
        <source>&lt;p&gt;A language model gives a sentence a probability with the &lt;b&gt;chain rule&lt;/b&gt;:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;&lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1:&lt;i&gt;n&lt;/i&gt;&lt;/sub&gt;) = &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;) &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;2&lt;/sub&gt; | &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;) ⋯ &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;&lt;/sub&gt; | &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1:&lt;i&gt;n&lt;/i&gt;−1&lt;/sub&gt;)&lt;/p&gt;&lt;p&gt;Language is too creative to have seen every long history. An n-gram forgets all but the last &lt;i&gt;n&lt;/i&gt; − 1 words; a &lt;b&gt;trigram&lt;/b&gt;:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;&lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;&lt;/sub&gt; | &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1:&lt;i&gt;n&lt;/i&gt;−1&lt;/sub&gt;) ≈ &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;&lt;/sub&gt; | &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;−2&lt;/sub&gt;, &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;−1&lt;/sub&gt;) = C(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;−2&lt;/sub&gt; &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;−1&lt;/sub&gt; &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;&lt;/sub&gt;) / C(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;−2&lt;/sub&gt; &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;−1&lt;/sub&gt;)&lt;/p&gt;&lt;p&gt;Counting alone (MLE) gives 0 to every n-gram the corpus lacks, and one 0 makes a whole sentence impossible: the held-out &lt;b&gt;perplexity&lt;/b&gt; is infinite. &lt;b&gt;Smoothing&lt;/b&gt; (add-k, interpolation, Kneser–Ney) moves a little probability to the unseen. Higher orders remember more, but without smoothing they overfit.&lt;/p&gt;&lt;p&gt;Sentences are wrapped in &amp;lt;s&amp;gt; … &amp;lt;/s&amp;gt;; sampling draws word after word until &amp;lt;/s&amp;gt;.&lt;/p&gt;&lt;p&gt;The example trains a trigram on the sample corpus and asks what follows “el señorial chalet se encontraba a la izquierda de la”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A language model gives a sentence a probability with the &lt;b&gt;chain rule&lt;/b&gt;:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;&lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1:&lt;i&gt;n&lt;/i&gt;&lt;/sub&gt;) = &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;) &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;2&lt;/sub&gt; | &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;) ⋯ &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;&lt;/sub&gt; | &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1:&lt;i&gt;n&lt;/i&gt;−1&lt;/sub&gt;)&lt;/p&gt;&lt;p&gt;Language is too creative to have seen every long history. An n-gram forgets all but the last &lt;i&gt;n&lt;/i&gt; − 1 words; a &lt;b&gt;trigram&lt;/b&gt;:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;&lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;&lt;/sub&gt; | &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1:&lt;i&gt;n&lt;/i&gt;−1&lt;/sub&gt;) ≈ &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;&lt;/sub&gt; | &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;−2&lt;/sub&gt;, &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;−1&lt;/sub&gt;) = C(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;−2&lt;/sub&gt; &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;−1&lt;/sub&gt; &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;&lt;/sub&gt;) / C(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;−2&lt;/sub&gt; &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;−1&lt;/sub&gt;)&lt;/p&gt;&lt;p&gt;Counting alone (MLE) gives 0 to every n-gram the corpus lacks, and one 0 makes a whole sentence impossible: the held-out &lt;b&gt;perplexity&lt;/b&gt; is infinite. &lt;b&gt;Smoothing&lt;/b&gt; (add-k, interpolation, Kneser–Ney) moves a little probability to the unseen. Higher orders remember more, but without smoothing they overfit.&lt;/p&gt;&lt;p&gt;Sentences are wrapped in &amp;lt;s&amp;gt; … &amp;lt;/s&amp;gt;; sampling draws word after word until &amp;lt;/s&amp;gt;.&lt;/p&gt;&lt;p&gt;The example trains a trigram on the sample corpus and asks what follows “el señorial chalet se encontraba a la izquierda de la”.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="145"/>
        <source>Load a corpus first (File ▸ Import, or the sample corpora).</source>
        <translation>Load a corpus first (File ▸ Import, or the sample corpora).</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="156"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="167"/>
        <source>Trained in %1 s: %2 sentences counted, %3 held out.</source>
        <translation>Trained in %1 s: %2 sentences counted, %3 held out.</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="176"/>
        <source>Training cancelled: nothing was added.</source>
        <translation>Training cancelled: nothing was added.</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="178"/>
        <source>Training failed: %1</source>
        <translation>Training failed: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="196"/>
        <source>The table needs the sentences a model was trained on: train a model in this session.</source>
        <translation>The table needs the sentences a model was trained on: train a model in this session.</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="207"/>
        <source>Training and measuring 30 models…</source>
        <translation>Training and measuring 30 models…</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="208"/>
        <source>Perplexity table</source>
        <translation>Perplexity table</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="218"/>
        <source>Measured on %1 held-out sentences (%2 tokens, &lt;/s&gt; included); OOV rate %3 %. MLE is ∞ as soon as one held-out word or n-gram was never counted; smoothing keeps every model finite. Longer n-grams are seen fewer times, so higher orders need more smoothing. Stupid backoff gives scores, not probabilities: compare it with care. The best model is highlighted.</source>
        <translation>Measured on %1 held-out sentences (%2 tokens, &lt;/s&gt; included); OOV rate %3 %. MLE is ∞ as soon as one held-out word or n-gram was never counted; smoothing keeps every model finite. Longer n-grams are seen fewer times, so higher orders need more smoothing. Stupid backoff gives scores, not probabilities: compare it with care. The best model is highlighted.</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="228"/>
        <source>Table cancelled.</source>
        <translation>Table cancelled.</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="230"/>
        <source>The table could not be computed: %1</source>
        <translation>The table could not be computed: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="266"/>
        <source>&lt;p&gt;No n-gram model yet. Choose a corpus, an order and a smoothing method on the left and press &lt;b&gt;Train&lt;/b&gt;, or press the lesson&apos;s example button.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No n-gram model yet. Choose a corpus, an order and a smoothing method on the left and press &lt;b&gt;Train&lt;/b&gt;, or press the lesson&apos;s example button.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="278"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="280"/>
        <source>Vocabulary %1 words (&amp;lt;unk&amp;gt;, &amp;lt;s&amp;gt;, &amp;lt;/s&amp;gt; included); %2 training tokens; distinct n-grams: %3.</source>
        <translation>Vocabulary %1 words (&amp;lt;unk&amp;gt;, &amp;lt;s&amp;gt;, &amp;lt;/s&amp;gt; included); %2 training tokens; distinct n-grams: %3.</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="288"/>
        <source>Held-out perplexity &lt;b&gt;%1&lt;/b&gt; (cross-entropy %2 bits per token), OOV rate %3 %.</source>
        <translation>Held-out perplexity &lt;b&gt;%1&lt;/b&gt; (cross-entropy %2 bits per token), OOV rate %3 %.</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="297"/>
        <source>Interpolation weights: %1</source>
        <translation>Interpolation weights: %1</translation>
    </message>
</context>
<context>
    <name>NgramSettingsForm</name>
    <message>
        <location filename="../ui/panels/ngram/NgramSettingsForm.cpp" line="126"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramSettingsForm.cpp" line="127"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramSettingsForm.cpp" line="128"/>
        <source>Model shown</source>
        <translation>Model shown</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramSettingsForm.cpp" line="129"/>
        <source>&amp;Corpus:</source>
        <translation>&amp;Corpus:</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramSettingsForm.cpp" line="130"/>
        <source>The sentences to count: a processed corpus as it is, a raw corpus split into sentences and lower-case words</source>
        <translation>The sentences to count: a processed corpus as it is, a raw corpus split into sentences and lower-case words</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramSettingsForm.cpp" line="132"/>
        <source>&lt;small&gt;One sentence in ten (the 10th, 20th, …) is held out; those sentences measure the perplexity and tune the interpolation weights.&lt;/small&gt;</source>
        <translation>&lt;small&gt;One sentence in ten (the 10th, 20th, …) is held out; those sentences measure the perplexity and tune the interpolation weights.&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramSettingsForm.cpp" line="134"/>
        <source>&amp;Order n:</source>
        <translation>&amp;Order n:</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramSettingsForm.cpp" line="135"/>
        <source>How many words an n-gram has: the model looks at the n − 1 words before</source>
        <translation>How many words an n-gram has: the model looks at the n − 1 words before</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramSettingsForm.cpp" line="136"/>
        <source>&amp;Smoothing:</source>
        <translation>&amp;Smoothing:</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramSettingsForm.cpp" line="137"/>
        <source>How counts become probabilities, and what an unseen n-gram gets</source>
        <translation>How counts become probabilities, and what an unseen n-gram gets</translation>
    </message>
    <message>
        <source>&amp;k:</source>
        <translation type="vanished">&amp;k:</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramSettingsForm.cpp" line="138"/>
        <source>Add-k: k is added to every count (k = 1 is Laplace)</source>
        <translation>Add-k: k is added to every count (k = 1 is Laplace)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramSettingsForm.cpp" line="138"/>
        <source>&amp;Value of k:</source>
        <translation>&amp;Value of k:</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramSettingsForm.cpp" line="139"/>
        <source>&amp;Discount D:</source>
        <translation>&amp;Discount D:</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramSettingsForm.cpp" line="140"/>
        <source>Kneser–Ney: subtracted from every seen count and given to the shorter context</source>
        <translation>Kneser–Ney: subtracted from every seen count and given to the shorter context</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramSettingsForm.cpp" line="141"/>
        <source>&amp;Min. count:</source>
        <translation>&amp;Min. count:</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramSettingsForm.cpp" line="142"/>
        <source>Words seen fewer times become &lt;unk&gt;, so the model learns what unknown words do</source>
        <translation>Words seen fewer times become &lt;unk&gt;, so the model learns what unknown words do</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramSettingsForm.cpp" line="146"/>
        <source>T&amp;rain</source>
        <translation>T&amp;rain</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramSettingsForm.cpp" line="147"/>
        <source>Counts the n-grams of the corpus (Ctrl+T)</source>
        <translation>Counts the n-grams of the corpus (Ctrl+T)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Cancel</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramSettingsForm.cpp" line="150"/>
        <source>The n-gram model of the workspace that the views use</source>
        <translation>The n-gram model of the workspace that the views use</translation>
    </message>
    <message>
        <source>%1 (processed)</source>
        <translation type="vanished">%1 (processed)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramSettingsForm.cpp" line="177"/>
        <source>(none yet: train one)</source>
        <translation>(none yet: train one)</translation>
    </message>
</context>
<context>
    <name>NgramTraining</name>
    <message>
        <location filename="../ui/NgramTraining.cpp" line="41"/>
        <source>Maximum likelihood (MLE, no smoothing)</source>
        <translation>Maximum likelihood (MLE, no smoothing)</translation>
    </message>
    <message>
        <location filename="../ui/NgramTraining.cpp" line="42"/>
        <source>Add-k (Laplace at k = 1)</source>
        <translation>Add-k (Laplace at k = 1)</translation>
    </message>
    <message>
        <location filename="../ui/NgramTraining.cpp" line="43"/>
        <source>Linear interpolation</source>
        <translation>Linear interpolation</translation>
    </message>
    <message>
        <location filename="../ui/NgramTraining.cpp" line="44"/>
        <location filename="../ui/NgramTraining.cpp" line="57"/>
        <source>Stupid backoff</source>
        <translation>Stupid backoff</translation>
    </message>
    <message>
        <location filename="../ui/NgramTraining.cpp" line="45"/>
        <location filename="../ui/NgramTraining.cpp" line="58"/>
        <source>Kneser–Ney</source>
        <translation>Kneser–Ney</translation>
    </message>
    <message>
        <location filename="../ui/NgramTraining.cpp" line="46"/>
        <source>Modified Kneser–Ney</source>
        <translation>Modified Kneser–Ney</translation>
    </message>
    <message>
        <location filename="../ui/NgramTraining.cpp" line="54"/>
        <source>MLE</source>
        <translation>MLE</translation>
    </message>
    <message>
        <location filename="../ui/NgramTraining.cpp" line="55"/>
        <source>Add-k</source>
        <translation>Add-k</translation>
    </message>
    <message>
        <location filename="../ui/NgramTraining.cpp" line="56"/>
        <source>Interpolation</source>
        <translation>Interpolation</translation>
    </message>
    <message>
        <location filename="../ui/NgramTraining.cpp" line="59"/>
        <source>Modified KN</source>
        <translation>Modified KN</translation>
    </message>
    <message>
        <location filename="../ui/NgramTraining.cpp" line="67"/>
        <source>Unigram</source>
        <translation>Unigram</translation>
    </message>
    <message>
        <location filename="../ui/NgramTraining.cpp" line="68"/>
        <source>Bigram</source>
        <translation>Bigram</translation>
    </message>
    <message>
        <location filename="../ui/NgramTraining.cpp" line="69"/>
        <source>Trigram</source>
        <translation>Trigram</translation>
    </message>
    <message>
        <location filename="../ui/NgramTraining.cpp" line="70"/>
        <source>%1-gram</source>
        <translation>%1-gram</translation>
    </message>
    <message>
        <location filename="../ui/NgramTraining.cpp" line="83"/>
        <source>%1, %2, %3 words, %4 n-grams, on %5</source>
        <translation>%1, %2, %3 words, %4 n-grams, on %5</translation>
    </message>
    <message>
        <location filename="../ui/NgramTraining.cpp" line="91"/>
        <source>Training a %1 model on %2</source>
        <translation>Training a %1 model on %2</translation>
    </message>
</context>
<context>
    <name>NoModelPage</name>
    <message>
        <location filename="../ui/panels/generation/NoModelPage.cpp" line="54"/>
        <source>No language model in the workspace</source>
        <translation>No language model in the workspace</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/NoModelPage.cpp" line="57"/>
        <source>Generation needs a model that predicts the next token. Train the lecture&apos;s small GPT on the corpus here, train your own in the GPT lesson, or import a GPT-2 checkpoint there.</source>
        <translation>Generation needs a model that predicts the next token. Train the lecture&apos;s small GPT on the corpus here, train your own in the GPT lesson, or import a GPT-2 checkpoint there.</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/NoModelPage.cpp" line="60"/>
        <source>Training the lecture&apos;s model…</source>
        <translation>Training the lecture&apos;s model…</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/NoModelPage.cpp" line="61"/>
        <source>Train the lecture&apos;s small model</source>
        <translation>Train the lecture&apos;s small model</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/NoModelPage.cpp" line="62"/>
        <source>Trains a small byte-level BPE and a tiny GPT on the first corpus of the workspace (the sample corpus when there is none)</source>
        <translation>Trains a small byte-level BPE and a tiny GPT on the first corpus of the workspace (the sample corpus when there is none)</translation>
    </message>
</context>
<context>
    <name>NormalizationView</name>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="154"/>
        <source>Sentence &amp;1:</source>
        <translation>Sentence &amp;1:</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="155"/>
        <source>Sentence &amp;2 (another length):</source>
        <translation>Sentence &amp;2 (another length):</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="156"/>
        <source>Its words are the tokens; the shorter sentence is padded</source>
        <translation>Its words are the tokens; the shorter sentence is padded</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="158"/>
        <source>&amp;Vectors:</source>
        <translation>&amp;Vectors:</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="160"/>
        <source>&amp;D:</source>
        <translation>&amp;D:</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="161"/>
        <source>Features of the random word vectors (a GPT brings its own)</source>
        <translation>Features of the random word vectors (a GPT brings its own)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="162"/>
        <source>S&amp;eed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="163"/>
        <source>The same seed gives the same random vectors</source>
        <translation>The same seed gives the same random vectors</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="164"/>
        <source>Batch norm &amp;counts padding</source>
        <translation>Batch norm &amp;counts padding</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="165"/>
        <source>A batch norm unaware of the padding takes the padding zeros into its means and variances</source>
        <translation>A batch norm unaware of the padding takes the padding zeros into its means and variances</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="167"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="168"/>
        <source>Save the matrices shown as PNG or SVG</source>
        <translation>Save the matrices shown as PNG or SVG</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="169"/>
        <source>&lt;b&gt;Layer norm&lt;/b&gt;: each token (row) over its own &lt;i&gt;D&lt;/i&gt; features, (x − μ&lt;sub&gt;token&lt;/sub&gt;) / √(σ²&lt;sub&gt;token&lt;/sub&gt; + ε).&lt;br&gt;&lt;b&gt;Batch norm&lt;/b&gt;: each feature (column) over every token of the batch, (x − μ&lt;sub&gt;feature&lt;/sub&gt;) / √(σ²&lt;sub&gt;feature&lt;/sub&gt; + ε).</source>
        <translation>&lt;b&gt;Layer norm&lt;/b&gt;: each token (row) over its own &lt;i&gt;D&lt;/i&gt; features, (x − μ&lt;sub&gt;token&lt;/sub&gt;) / √(σ²&lt;sub&gt;token&lt;/sub&gt; + ε).&lt;br&gt;&lt;b&gt;Batch norm&lt;/b&gt;: each feature (column) over every token of the batch, (x − μ&lt;sub&gt;feature&lt;/sub&gt;) / √(σ²&lt;sub&gt;feature&lt;/sub&gt; + ε).</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="230"/>
        <source>each sentence needs at least one word</source>
        <translation>each sentence needs at least one word</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="238"/>
        <source>[pad]</source>
        <translation>[pad]</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="262"/>
        <source>Batch &lt;b&gt;X&lt;/b&gt; (%1 × %2)</source>
        <translation>Batch &lt;b&gt;X&lt;/b&gt; (%1 × %2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="263"/>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="278"/>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="282"/>
        <source>padding</source>
        <translation>padding</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="264"/>
        <source>sentence 1, then sentence 2</source>
        <translation>sentence 1, then sentence 2</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="264"/>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="279"/>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="283"/>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="292"/>
        <source>feature</source>
        <translation>feature</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="272"/>
        <source>Layer norm&apos;s μ, σ² per token</source>
        <translation>Layer norm&apos;s μ, σ² per token</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="273"/>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="291"/>
        <source>μ</source>
        <translation>μ</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="273"/>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="291"/>
        <source>σ²</source>
        <translation>σ²</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="275"/>
        <source>token row</source>
        <translation>token row</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="277"/>
        <source>&lt;b&gt;Layer norm&lt;/b&gt;</source>
        <translation>&lt;b&gt;Layer norm&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="281"/>
        <source>&lt;b&gt;Batch norm&lt;/b&gt;</source>
        <translation>&lt;b&gt;Batch norm&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="290"/>
        <source>Batch norm&apos;s μ, σ² per feature</source>
        <translation>Batch norm&apos;s μ, σ² per feature</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="295"/>
        <source>Cannot normalise: %1</source>
        <translation>Cannot normalise: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="299"/>
        <source>&lt;p&gt;%1 of the %2 rows are padding (hatched). Batch norm&apos;s means and variances (under it) come from %3.&lt;/p&gt;&lt;p&gt;Normalising sentence 1 alone instead of in this batch changes its values by up to &lt;b&gt;%4&lt;/b&gt; with batch norm (padding counted) and by &lt;b&gt;%5&lt;/b&gt; with layer norm: layer norm never looks at the other sentence or at the padding.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 of the %2 rows are padding (hatched). Batch norm&apos;s means and variances (under it) come from %3.&lt;/p&gt;&lt;p&gt;Normalising sentence 1 alone instead of in this batch changes its values by up to &lt;b&gt;%4&lt;/b&gt; with batch norm (padding counted) and by &lt;b&gt;%5&lt;/b&gt; with layer norm: layer norm never looks at the other sentence or at the padding.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="306"/>
        <source>every row, padding zeros included</source>
        <translation>every row, padding zeros included</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="307"/>
        <source>the real tokens only</source>
        <translation>the real tokens only</translation>
    </message>
</context>
<context>
    <name>PerplexityTableView</name>
    <message>
        <location filename="../ui/panels/ngram/PerplexityTableView.cpp" line="61"/>
        <source>Perplexity on the held-out sentences (lower is better)</source>
        <translation>Perplexity on the held-out sentences (lower is better)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/PerplexityTableView.cpp" line="62"/>
        <source>Compute &amp;table</source>
        <translation>Compute &amp;table</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/PerplexityTableView.cpp" line="63"/>
        <source>Trains every order (1–5) with every smoothing method on the same sentences and measures each on the held-out sentences (one in ten)</source>
        <translation>Trains every order (1–5) with every smoothing method on the same sentences and measures each on the held-out sentences (one in ten)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/PerplexityTableView.cpp" line="124"/>
        <source>%1, %2: perplexity %3 over %4 held-out tokens (%5 unknown)</source>
        <translation>%1, %2: perplexity %3 over %4 held-out tokens (%5 unknown)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/ngram/PerplexityTableView.cpp" line="132"/>
        <source>%n held-out token(s) got probability 0: log 0 = −∞, so the perplexity is infinite</source>
        <translation>
            <numerusform>%n held-out token got probability 0: log 0 = −∞, so the perplexity is infinite</numerusform>
            <numerusform>%n held-out tokens got probability 0: log 0 = −∞, so the perplexity is infinite</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/PerplexityTableView.cpp" line="137"/>
        <source>Stupid backoff gives scores, not probabilities: its “perplexity” is only for comparison</source>
        <translation>Stupid backoff gives scores, not probabilities: its “perplexity” is only for comparison</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/PerplexityTableView.cpp" line="180"/>
        <source>Smoothing</source>
        <translation>Smoothing</translation>
    </message>
</context>
<context>
    <name>PositionalEncodingView</name>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="173"/>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="187"/>
        <source>Sinusoidal (lecture)</source>
        <translation>Sinusoidal (lecture)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="176"/>
        <source>Learned: wpe of %1</source>
        <translation>Learned: wpe of %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="186"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="188"/>
        <source>The fixed sinusoids, or the position vectors a GPT of the workspace learned (wpe)</source>
        <translation>The fixed sinusoids, or the position vectors a GPT of the workspace learned (wpe)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="190"/>
        <source>How many positions n (rows) to draw</source>
        <translation>How many positions n (rows) to draw</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="191"/>
        <source>The embedding dimension D (columns)</source>
        <translation>The embedding dimension D (columns)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="192"/>
        <source>The base L of the wavelengths: 10, 100, 1 000, 10 000 (the paper&apos;s) or 100 000</source>
        <translation>The base L of the wavelengths: 10, 100, 1 000, 10 000 (the paper&apos;s) or 100 000</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="194"/>
        <source>&amp;Sentences:</source>
        <translation>&amp;Sentences:</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="195"/>
        <source>Se&amp;cond:</source>
        <translation>Se&amp;cond:</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="196"/>
        <source>The same words in another order</source>
        <translation>The same words in another order</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="197"/>
        <source>E&amp;xport picture…</source>
        <translation>E&amp;xport picture…</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="199"/>
        <source>Save the heatmap and the comparison as PNG or SVG</source>
        <translation>Save the heatmap and the comparison as PNG or SVG</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="200"/>
        <source>Export &amp;table…</source>
        <translation>Export &amp;table…</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="201"/>
        <source>Save the comparison of the two sentences as CSV</source>
        <translation>Save the comparison of the two sentences as CSV</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="202"/>
        <source>&lt;b&gt;Why order needs positions&lt;/b&gt;: each word&apos;s vector in the first sentence against the same word in the second (cosine; 1 = identical)</source>
        <translation>&lt;b&gt;Why order needs positions&lt;/b&gt;: each word&apos;s vector in the first sentence against the same word in the second (cosine; 1 = identical)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="205"/>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="205"/>
        <source>n (1st)</source>
        <translation>n (1st)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="205"/>
        <source>n (2nd)</source>
        <translation>n (2nd)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="205"/>
        <source>cos x</source>
        <translation>cos x</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="206"/>
        <source>cos (x + r)</source>
        <translation>cos (x + r)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="207"/>
        <source>Without positions: the same word is the same vector</source>
        <translation>Without positions: the same word is the same vector</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="209"/>
        <source>With positions: x + r at position n in one sentence and m in the other</source>
        <translation>With positions: x + r at position n in one sentence and m in the other</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="210"/>
        <source>x̃ = x + r,&amp;nbsp; r&lt;sub&gt;&lt;i&gt;ni&lt;/i&gt;&lt;/sub&gt; = sin(&lt;i&gt;n&lt;/i&gt; / &lt;i&gt;L&lt;/i&gt;&lt;sup&gt;&lt;i&gt;i&lt;/i&gt;/&lt;i&gt;D&lt;/i&gt;&lt;/sup&gt;) for even &lt;i&gt;i&lt;/i&gt;, cos(&lt;i&gt;n&lt;/i&gt; / &lt;i&gt;L&lt;/i&gt;&lt;sup&gt;(&lt;i&gt;i&lt;/i&gt;−1)/&lt;i&gt;D&lt;/i&gt;&lt;/sup&gt;) for odd &lt;i&gt;i&lt;/i&gt; (counted from 0)</source>
        <translation>x̃ = x + r,&amp;nbsp; r&lt;sub&gt;&lt;i&gt;ni&lt;/i&gt;&lt;/sub&gt; = sin(&lt;i&gt;n&lt;/i&gt; / &lt;i&gt;L&lt;/i&gt;&lt;sup&gt;&lt;i&gt;i&lt;/i&gt;/&lt;i&gt;D&lt;/i&gt;&lt;/sup&gt;) for even &lt;i&gt;i&lt;/i&gt;, cos(&lt;i&gt;n&lt;/i&gt; / &lt;i&gt;L&lt;/i&gt;&lt;sup&gt;(&lt;i&gt;i&lt;/i&gt;−1)/&lt;i&gt;D&lt;/i&gt;&lt;/sup&gt;) for odd &lt;i&gt;i&lt;/i&gt; (counted from 0)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="288"/>
        <source>&amp;Positions N: %1</source>
        <translation>&amp;Positions N: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="304"/>
        <source>&amp;Dimensions D: %1</source>
        <translation>&amp;Dimensions D: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="305"/>
        <source>&amp;Base L: (learned, none)</source>
        <translation>&amp;Base L: (learned, none)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="306"/>
        <source>&amp;Base L: %1</source>
        <translation>&amp;Base L: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="321"/>
        <source>Learned positions of “%1”: wpe (%2 × %3)</source>
        <translation>Learned positions of “%1”: wpe (%2 × %3)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="325"/>
        <source>Sinusoidal positions r (%1 × %2), L = %3</source>
        <translation>Sinusoidal positions r (%1 × %2), L = %3</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="332"/>
        <source>position n</source>
        <translation>position n</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="332"/>
        <source>dimension i</source>
        <translation>dimension i</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="363"/>
        <source>Cannot compare: %1</source>
        <translation>Cannot compare: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="367"/>
        <source>Type two sentences to compare.</source>
        <translation>Type two sentences to compare.</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="371"/>
        <source>Bag of embeddings Σx: the two sums differ by %1, the same bag of words.&lt;br&gt;After self-attention softmax(&lt;b&gt;X̃X̃&lt;/b&gt;ᵀ)&lt;b&gt;X̃&lt;/b&gt;, a word against itself in the other sentence (mean cosine): &lt;b&gt;%2&lt;/b&gt; without positions, &lt;b&gt;%3&lt;/b&gt; with x̃ = x + r.&lt;br&gt;&lt;small&gt;Random word vectors of dimension %4: the same word, the same vector.&lt;/small&gt;</source>
        <translation>Bag of embeddings Σx: the two sums differ by %1, the same bag of words.&lt;br&gt;After self-attention softmax(&lt;b&gt;X̃X̃&lt;/b&gt;ᵀ)&lt;b&gt;X̃&lt;/b&gt;, a word against itself in the other sentence (mean cosine): &lt;b&gt;%2&lt;/b&gt; without positions, &lt;b&gt;%3&lt;/b&gt; with x̃ = x + r.&lt;br&gt;&lt;small&gt;Random word vectors of dimension %4: the same word, the same vector.&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>PreprocessingPanel</name>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="220"/>
        <source>&amp;Corpus:</source>
        <translation>&amp;Corpus:</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="221"/>
        <source>The corpus to preprocess</source>
        <translation>The corpus to preprocess</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="222"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="223"/>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="224"/>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="378"/>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="225"/>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="380"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="226"/>
        <source>The language of the stop words, the stemmer and the dictionary. Automatic: guessed from how many words are Spanish or English stop words.</source>
        <translation>The language of the stop words, the stemmer and the dictionary. Automatic: guessed from how many words are Spanish or English stop words.</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="229"/>
        <source>&amp;Result:</source>
        <translation>&amp;Result:</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="230"/>
        <source>The processed version of this corpus shown in the Vocabulary and Corrections tabs (every run is kept in the workspace)</source>
        <translation>The processed version of this corpus shown in the Vocabulary and Corrections tabs (every run is kept in the workspace)</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="234"/>
        <source>&amp;Name of the result:</source>
        <translation>&amp;Name of the result:</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="235"/>
        <source>The name under which the processed corpus is saved in the workspace; later lessons pick it by this name</source>
        <translation>The name under which the processed corpus is saved in the workspace; later lessons pick it by this name</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="237"/>
        <source>Processing the whole corpus; the jobs dock shows the details</source>
        <translation>Processing the whole corpus; the jobs dock shows the details</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="239"/>
        <source>Before / after</source>
        <translation>Before / after</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="240"/>
        <source>Vocabulary</source>
        <translation>Vocabulary</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="241"/>
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="243"/>
        <source>One document before and after the steps, changes highlighted</source>
        <translation>One document before and after the steps, changes highlighted</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="245"/>
        <source>How many types and tokens are left after each step</source>
        <translation>How many types and tokens are left after each step</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="247"/>
        <source>Every spelling correction made in the corpus</source>
        <translation>Every spelling correction made in the corpus</translation>
    </message>
    <message>
        <location filename="../ui/panels/preprocessing/CompareView.cpp" line="82"/>
        <source>&amp;Document:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <location filename="../ui/panels/preprocessing/CompareView.cpp" line="83"/>
        <source>The number of the document in the corpus</source>
        <translation>The number of the document in the corpus</translation>
    </message>
    <message>
        <location filename="../ui/panels/preprocessing/CompareView.cpp" line="86"/>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <location filename="../ui/panels/preprocessing/CompareView.cpp" line="87"/>
        <source>e.g. lecture-07</source>
        <translation>e.g. lecture-07</translation>
    </message>
    <message>
        <location filename="../ui/panels/preprocessing/CompareView.cpp" line="89"/>
        <source>Type a document&apos;s id and press Enter to show it</source>
        <translation>Type a document&apos;s id and press Enter to show it</translation>
    </message>
    <message>
        <location filename="../ui/panels/preprocessing/VocabularyView.cpp" line="34"/>
        <source>Blue bars: the vocabulary (distinct words) after each step, bottom axis. Orange bars: the running words, top axis. Case folding and stemming shrink the vocabulary; stop-word removal shrinks the text. Hover over a bar for its value.</source>
        <translation>Blue bars: the vocabulary (distinct words) after each step, bottom axis. Orange bars: the running words, top axis. Case folding and stemming shrink the vocabulary; stop-word removal shrinks the text. Hover over a bar for its value.</translation>
    </message>
    <message>
        <location filename="../ui/panels/preprocessing/VocabularyView.cpp" line="40"/>
        <source>Export picture…</source>
        <translation>Export picture…</translation>
    </message>
    <message>
        <location filename="../ui/panels/preprocessing/VocabularyView.cpp" line="41"/>
        <source>Saves the chart as PNG (twice the screen resolution) or SVG</source>
        <translation>Saves the chart as PNG (twice the screen resolution) or SVG</translation>
    </message>
    <message>
        <location filename="../ui/panels/preprocessing/CorrectionsView.cpp" line="68"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../ui/panels/preprocessing/CorrectionsView.cpp" line="69"/>
        <source>Saves the corrections as CSV</source>
        <translation>Saves the corrections as CSV</translation>
    </message>
    <message>
        <location filename="../ui/panels/preprocessing/CorrectionsView.cpp" line="71"/>
        <source>Click a column header to sort by it; double-click a row to see the correction in its document</source>
        <translation>Click a column header to sort by it; double-click a row to see the correction in its document</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="253"/>
        <source>Preprocessing: from raw text to tokens</source>
        <translation>Preprocessing: from raw text to tokens</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="254"/>
        <source>&lt;p&gt;Before a model can read a text, the text is &lt;b&gt;cleaned&lt;/b&gt; and &lt;b&gt;normalised&lt;/b&gt;, step by step. Each choice changes what the model sees.&lt;/p&gt;&lt;p&gt;&lt;b&gt;1. Cleaning&lt;/b&gt;: HTML, Markdown (&lt;tt&gt;**negritas**&lt;/tt&gt;), URLs, e-mails, emoji and decorations such as &lt;tt&gt;###&lt;/tt&gt; are not language.&lt;/p&gt;&lt;p&gt;&lt;b&gt;2. Normalisation&lt;/b&gt;: Unicode NFC, so that &lt;i&gt;canción&lt;/i&gt; is always the same string; &lt;b&gt;case folding&lt;/b&gt; makes &lt;i&gt;Esta&lt;/i&gt; and &lt;i&gt;esta&lt;/i&gt; one word.&lt;/p&gt;&lt;p&gt;&lt;b&gt;3. Sentences&lt;/b&gt;: a period does not always end one (&lt;i&gt;el Sr. García&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;4. Tokens&lt;/b&gt;: the words, with or without punctuation.&lt;/p&gt;&lt;p&gt;&lt;b&gt;5. Stop words&lt;/b&gt; (&lt;i&gt;de, la, que&lt;/i&gt;) are the most frequent words and carry the least meaning; removing them shortens the text a lot.&lt;/p&gt;&lt;p&gt;&lt;b&gt;6. Stemming&lt;/b&gt; cuts suffixes by rule (&lt;i&gt;corriendo&lt;/i&gt; → &lt;i&gt;corr&lt;/i&gt;); &lt;b&gt;lemmatisation&lt;/b&gt; looks up the dictionary form (&lt;i&gt;llegó&lt;/i&gt; → &lt;i&gt;llegar&lt;/i&gt;). Both shrink the vocabulary.&lt;/p&gt;&lt;p&gt;&lt;b&gt;7. Spelling&lt;/b&gt;: in Spanish, accents matter: &lt;i&gt;cancion&lt;/i&gt; → &lt;i&gt;canción&lt;/i&gt;, &lt;i&gt;corazon&lt;/i&gt; → &lt;i&gt;corazón&lt;/i&gt;. Stripping accents does the opposite: it merges &lt;i&gt;papa&lt;/i&gt; and &lt;i&gt;papá&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;The vocabulary |&lt;i&gt;V&lt;/i&gt;| after each step shows what each choice costs and gains.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Before a model can read a text, the text is &lt;b&gt;cleaned&lt;/b&gt; and &lt;b&gt;normalised&lt;/b&gt;, step by step. Each choice changes what the model sees.&lt;/p&gt;&lt;p&gt;&lt;b&gt;1. Cleaning&lt;/b&gt;: HTML, Markdown (&lt;tt&gt;**negritas**&lt;/tt&gt;), URLs, e-mails, emoji and decorations such as &lt;tt&gt;###&lt;/tt&gt; are not language.&lt;/p&gt;&lt;p&gt;&lt;b&gt;2. Normalisation&lt;/b&gt;: Unicode NFC, so that &lt;i&gt;canción&lt;/i&gt; is always the same string; &lt;b&gt;case folding&lt;/b&gt; makes &lt;i&gt;Esta&lt;/i&gt; and &lt;i&gt;esta&lt;/i&gt; one word.&lt;/p&gt;&lt;p&gt;&lt;b&gt;3. Sentences&lt;/b&gt;: a period does not always end one (&lt;i&gt;el Sr. García&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;4. Tokens&lt;/b&gt;: the words, with or without punctuation.&lt;/p&gt;&lt;p&gt;&lt;b&gt;5. Stop words&lt;/b&gt; (&lt;i&gt;de, la, que&lt;/i&gt;) are the most frequent words and carry the least meaning; removing them shortens the text a lot.&lt;/p&gt;&lt;p&gt;&lt;b&gt;6. Stemming&lt;/b&gt; cuts suffixes by rule (&lt;i&gt;corriendo&lt;/i&gt; → &lt;i&gt;corr&lt;/i&gt;); &lt;b&gt;lemmatisation&lt;/b&gt; looks up the dictionary form (&lt;i&gt;llegó&lt;/i&gt; → &lt;i&gt;llegar&lt;/i&gt;). Both shrink the vocabulary.&lt;/p&gt;&lt;p&gt;&lt;b&gt;7. Spelling&lt;/b&gt;: in Spanish, accents matter: &lt;i&gt;cancion&lt;/i&gt; → &lt;i&gt;canción&lt;/i&gt;, &lt;i&gt;corazon&lt;/i&gt; → &lt;i&gt;corazón&lt;/i&gt;. Stripping accents does the opposite: it merges &lt;i&gt;papa&lt;/i&gt; and &lt;i&gt;papá&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;The vocabulary |&lt;i&gt;V&lt;/i&gt;| after each step shows what each choice costs and gains.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="390"/>
        <source>detecting…</source>
        <translation>detecting…</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="392"/>
        <source>detected: %1</source>
        <translation>detected: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="393"/>
        <source>Guessed from the share of Spanish and English stop words in the first megabyte of the corpus</source>
        <translation>Guessed from the share of Spanish and English stop words in the first megabyte of the corpus</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="410"/>
        <source>%1 · processed (%2)</source>
        <translation>%1 · processed (%2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="450"/>
        <source>The %1 Hunspell dictionary (%2) is not installed in %3. Install the Debian package %4 (sudo apt install %4) to use this step.</source>
        <translation>The %1 Hunspell dictionary (%2) is not installed in %3. Install the Debian package %4 (sudo apt install %4) to use this step.</translation>
    </message>
    <message>
        <location filename="../ui/panels/preprocessing/CompareView.cpp" line="117"/>
        <source>of %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/preprocessing/CompareView.cpp" line="166"/>
        <source>This corpus has no documents.</source>
        <translation>This corpus has no documents.</translation>
    </message>
    <message>
        <location filename="../ui/panels/preprocessing/CompareView.cpp" line="169"/>
        <source>Load a corpus in the Corpus lesson, or load the lecture&apos;s example from the lesson box.</source>
        <translation>Load a corpus in the Corpus lesson, or load the lecture&apos;s example from the lesson box.</translation>
    </message>
    <message>
        <location filename="../ui/panels/preprocessing/CompareView.cpp" line="193"/>
        <source>The steps could not be run on this document: %1</source>
        <translation>The steps could not be run on this document: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="557"/>
        <source>Preprocessing %1</source>
        <translation>Preprocessing %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="570"/>
        <source>Processing… %1%</source>
        <translation>Processing… %1%</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="571"/>
        <source>Processing… %1% (%2)</source>
        <translation>Processing… %1% (%2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="588"/>
        <source>Processing failed: %1</source>
        <translation>Processing failed: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="592"/>
        <source>Cancelled: nothing was saved.</source>
        <translation>Cancelled: nothing was saved.</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="612"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="612"/>
        <source>&amp;Process the corpus</source>
        <translation>&amp;Process the corpus</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="613"/>
        <source>Stops processing; nothing is saved</source>
        <translation>Stops processing; nothing is saved</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="614"/>
        <source>Runs the checked steps on every document and saves the result in the workspace under the name above</source>
        <translation>Runs the checked steps on every document and saves the result in the workspace under the name above</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="620"/>
        <source>Processing…</source>
        <translation>Processing…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="631"/>
        <source>%1: %Ln document(s), %2 sentences, %3 tokens, in %4 s</source>
        <translation>
            <numerusform>%1: %Ln document, %2 sentences, %3 tokens, in %4 s</numerusform>
            <numerusform>%1: %Ln documents, %2 sentences, %3 tokens, in %4 s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="640"/>
        <source>Not processed yet.</source>
        <translation>Not processed yet.</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="660"/>
        <source>Steps: %1</source>
        <translation>Steps: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="669"/>
        <source>(nothing processed yet)</source>
        <translation>(nothing processed yet)</translation>
    </message>
    <message>
        <location filename="../ui/panels/preprocessing/CorrectionsView.cpp" line="93"/>
        <source>Process the corpus with spelling correction checked to see what was corrected.</source>
        <translation>Process the corpus with spelling correction checked to see what was corrected.</translation>
    </message>
    <message>
        <location filename="../ui/panels/preprocessing/CorrectionsView.cpp" line="98"/>
        <source>“%1” was processed without spelling correction.</source>
        <translation>“%1” was processed without spelling correction.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/preprocessing/CorrectionsView.cpp" line="111"/>
        <source>%Ln word(s) corrected</source>
        <translation>
            <numerusform>%Ln word corrected</numerusform>
            <numerusform>%Ln words corrected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/preprocessing/CorrectionsView.cpp" line="114"/>
        <source>%Ln occurrence(s) in all</source>
        <translation>
            <numerusform>%Ln occurrence in all</numerusform>
            <numerusform>%Ln occurrences in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="34"/>
        <source>kept</source>
        <translation>kept</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="36"/>
        <source>cut by top-k</source>
        <translation>cut by top-k</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="38"/>
        <source>cut by top-p</source>
        <translation>cut by top-p</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="40"/>
        <source>not the most probable (greedy)</source>
        <translation>not the most probable (greedy)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="53"/>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="196"/>
        <source>Model (T = 1)</source>
        <translation>Model (T = 1)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="54"/>
        <source>After temperature and truncation</source>
        <translation>After temperature and truncation</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="192"/>
        <source>id %1, rank %2</source>
        <translation>id %1, rank %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="197"/>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="397"/>
        <source>After temperature</source>
        <translation>After temperature</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="198"/>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="397"/>
        <source>After truncation</source>
        <translation>After truncation</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="199"/>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="398"/>
        <source>Cumulative</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="200"/>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="398"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="203"/>
        <source>Click to append this token</source>
        <translation>Click to append this token</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="248"/>
        <source>Next token</source>
        <translation>Next token</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="383"/>
        <source>Export picture (PNG/SVG)…</source>
        <translation>Export picture (PNG/SVG)…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="385"/>
        <source>Export table (CSV)…</source>
        <translation>Export table (CSV)…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="396"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="396"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="396"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="397"/>
        <source>Probability</source>
        <translation>Probability</translation>
    </message>
</context>
<context>
    <name>ProjectionComputation</name>
    <message>
        <location filename="../ui/ProjectionComputation.cpp" line="100"/>
        <source>PCA</source>
        <translation>PCA</translation>
    </message>
    <message>
        <location filename="../ui/ProjectionComputation.cpp" line="102"/>
        <source>t-SNE</source>
        <translation>t-SNE</translation>
    </message>
    <message>
        <location filename="../ui/ProjectionComputation.cpp" line="104"/>
        <source>UMAP</source>
        <translation>UMAP</translation>
    </message>
</context>
<context>
    <name>ProjectionForm</name>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="145"/>
        <source>&amp;Draw:</source>
        <translation>&amp;Draw:</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="145"/>
        <source>&amp;Vectors:</source>
        <translation>&amp;Vectors:</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="145"/>
        <source>C&amp;orpus:</source>
        <translation>C&amp;orpus:</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="145"/>
        <source>&amp;Top words:</source>
        <translation>&amp;Top words:</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="145"/>
        <source>&amp;Or these words:</source>
        <translation>&amp;Or these words:</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="146"/>
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="146"/>
        <source>Perplexity:</source>
        <translation>Perplexity:</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="146"/>
        <source>Learning rate:</source>
        <translation>Learning rate:</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="146"/>
        <source>Iterations:</source>
        <translation>Iterations:</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="147"/>
        <source>Early exaggeration:</source>
        <translation>Early exaggeration:</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="147"/>
        <source>Neighbours:</source>
        <translation>Neighbours:</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="147"/>
        <source>Minimum distance:</source>
        <translation>Minimum distance:</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="147"/>
        <source>Epochs:</source>
        <translation>Epochs:</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="148"/>
        <source>&amp;Seed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="148"/>
        <source>&amp;Colour by:</source>
        <translation>&amp;Colour by:</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="148"/>
        <source>C&amp;lusters:</source>
        <translation>C&amp;lusters:</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="148"/>
        <source>Sea&amp;rch:</source>
        <translation>Sea&amp;rch:</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="151"/>
        <source>Words</source>
        <translation>Words</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="152"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="153"/>
        <source>Words of a set of vectors, or the documents of a corpus (TF-IDF reduced by SVD)</source>
        <translation>Words of a set of vectors, or the documents of a corpus (TF-IDF reduced by SVD)</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="154"/>
        <source>The word vectors to draw (train them in the Embeddings lesson, or import a file)</source>
        <translation>The word vectors to draw (train them in the Embeddings lesson, or import a file)</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="155"/>
        <source>Each document becomes a point: its TF-IDF weights reduced to 100 dimensions by a truncated SVD</source>
        <translation>Each document becomes a point: its TF-IDF weights reduced to 100 dimensions by a truncated SVD</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="156"/>
        <source>Import a vector file…</source>
        <translation>Import a vector file…</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="157"/>
        <source>word2vec text or binary, GloVe or fastText .vec; added to the workspace</source>
        <translation>word2vec text or binary, GloVe or fastText .vec; added to the workspace</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="158"/>
        <source>The most frequent words of the vectors (a file sorted by frequency)</source>
        <translation>The most frequent words of the vectors (a file sorted by frequency)</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="159"/>
        <source>casa, escuela, zapatería…</source>
        <translation>casa, escuela, zapatería…</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="160"/>
        <source>A list of words to draw instead of the top words</source>
        <translation>A list of words to draw instead of the top words</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="161"/>
        <source>PCA</source>
        <translation>PCA</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="162"/>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="166"/>
        <source>t-SNE</source>
        <translation>t-SNE</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="163"/>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="172"/>
        <source>UMAP</source>
        <translation>UMAP</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="164"/>
        <source>PCA keeps the directions of largest variance (global shape); t-SNE and UMAP keep who is near whom (local neighbourhoods)</source>
        <translation>PCA keeps the directions of largest variance (global shape); t-SNE and UMAP keep who is near whom (local neighbourhoods)</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="167"/>
        <source>The effective number of neighbours each point tries to keep; must be below the number of points</source>
        <translation>The effective number of neighbours each point tries to keep; must be below the number of points</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="168"/>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="169"/>
        <source>Step size of the gradient descent; auto = max(N / exaggeration / 4, 50)</source>
        <translation>Step size of the gradient descent; auto = max(N / exaggeration / 4, 50)</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="170"/>
        <source>Gradient steps in total</source>
        <translation>Gradient steps in total</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="171"/>
        <source>Attractions are multiplied by this during the first 250 steps, so clusters form early</source>
        <translation>Attractions are multiplied by this during the first 250 steps, so clusters form early</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="173"/>
        <source>Size of the neighbourhood graph: small keeps local detail, large the global shape</source>
        <translation>Size of the neighbourhood graph: small keeps local detail, large the global shape</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="174"/>
        <source>How tightly points may be packed in 2-D</source>
        <translation>How tightly points may be packed in 2-D</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="175"/>
        <source>Optimisation passes over the graph</source>
        <translation>Optimisation passes over the graph</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="176"/>
        <source>Random seed of t-SNE, UMAP and k-means: the same seed gives the same picture</source>
        <translation>Random seed of t-SNE, UMAP and k-means: the same seed gives the same picture</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="198"/>
        <source>Frequency (log)</source>
        <translation>Frequency (log)</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="198"/>
        <source>Length (log)</source>
        <translation>Length (log)</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="178"/>
        <source>Cluster (k-means)</source>
        <translation>Cluster (k-means)</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="179"/>
        <source>Document label</source>
        <translation>Document label</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="180"/>
        <source>Nothing</source>
        <translation>Nothing</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="181"/>
        <source>Clusters are found by k-means on the original vectors, not on the picture</source>
        <translation>Clusters are found by k-means on the original vectors, not on the picture</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="182"/>
        <source>Follow training</source>
        <translation>Follow training</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="183"/>
        <source>While word2vec trains in the Embeddings lesson, re-project after every epoch</source>
        <translation>While word2vec trains in the Embeddings lesson, re-project after every epoch</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="184"/>
        <source>&amp;Project</source>
        <translation>&amp;Project</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="185"/>
        <source>Compute the layout (Ctrl+Enter)</source>
        <translation>Compute the layout (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="186"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="187"/>
        <source>a word, then Enter</source>
        <translation>a word, then Enter</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="188"/>
        <source>Highlights the word and centres the picture on it</source>
        <translation>Highlights the word and centres the picture on it</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="189"/>
        <source>Picture…</source>
        <translation>Picture…</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="190"/>
        <source>Save the picture as PNG or SVG</source>
        <translation>Save the picture as PNG or SVG</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="191"/>
        <source>Coordinates…</source>
        <translation>Coordinates…</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="192"/>
        <source>Save word, x, y as CSV</source>
        <translation>Save word, x, y as CSV</translation>
    </message>
</context>
<context>
    <name>ProjectionLessonText</name>
    <message>
        <location filename="../ui/panels/projection/ProjectionLessonText.cpp" line="5"/>
        <source>&lt;p&gt;&lt;b&gt;How were the words drawn in 2-D?&lt;/b&gt; Each word is a vector of 50–300 numbers; a screen has two. A projection chooses 2-D points whose arrangement keeps part of the geometry, never all of it.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;PCA&lt;/b&gt;: the two directions of largest variance, a linear view (distances along them are kept, neighbours often are not).&lt;/li&gt;&lt;li&gt;&lt;b&gt;t-SNE&lt;/b&gt;: turns distances into neighbour probabilities p&lt;sub&gt;j|i&lt;/sub&gt; ∝ exp(−‖x&lt;sub&gt;i&lt;/sub&gt;−x&lt;sub&gt;j&lt;/sub&gt;‖²/2σ&lt;sub&gt;i&lt;/sub&gt;²) (σ set by the perplexity) and moves the 2-D points so that the Student-t probabilities q&lt;sub&gt;ij&lt;/sub&gt; ∝ (1+‖y&lt;sub&gt;i&lt;/sub&gt;−y&lt;sub&gt;j&lt;/sub&gt;‖²)&lt;sup&gt;−1&lt;/sup&gt; match, minimising KL(P‖Q). Keeps neighbourhoods; sizes of clusters and distances between them mean little.&lt;/li&gt;&lt;li&gt;&lt;b&gt;UMAP&lt;/b&gt;: a fuzzy k-neighbour graph laid out by attraction and repulsion; keeps neighbourhoods and more of the global shape, faster.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Hover a word: its neighbours by cosine and in the picture side by side. The lecture example trains word2vec on the Spanish sample and shows &lt;i&gt;casa, escuela, zapatería&lt;/i&gt; near each other.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;How were the words drawn in 2-D?&lt;/b&gt; Each word is a vector of 50–300 numbers; a screen has two. A projection chooses 2-D points whose arrangement keeps part of the geometry, never all of it.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;PCA&lt;/b&gt;: the two directions of largest variance, a linear view (distances along them are kept, neighbours often are not).&lt;/li&gt;&lt;li&gt;&lt;b&gt;t-SNE&lt;/b&gt;: turns distances into neighbour probabilities p&lt;sub&gt;j|i&lt;/sub&gt; ∝ exp(−‖x&lt;sub&gt;i&lt;/sub&gt;−x&lt;sub&gt;j&lt;/sub&gt;‖²/2σ&lt;sub&gt;i&lt;/sub&gt;²) (σ set by the perplexity) and moves the 2-D points so that the Student-t probabilities q&lt;sub&gt;ij&lt;/sub&gt; ∝ (1+‖y&lt;sub&gt;i&lt;/sub&gt;−y&lt;sub&gt;j&lt;/sub&gt;‖²)&lt;sup&gt;−1&lt;/sup&gt; match, minimising KL(P‖Q). Keeps neighbourhoods; sizes of clusters and distances between them mean little.&lt;/li&gt;&lt;li&gt;&lt;b&gt;UMAP&lt;/b&gt;: a fuzzy k-neighbour graph laid out by attraction and repulsion; keeps neighbourhoods and more of the global shape, faster.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Hover a word: its neighbours by cosine and in the picture side by side. The lecture example trains word2vec on the Spanish sample and shows &lt;i&gt;casa, escuela, zapatería&lt;/i&gt; near each other.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionLessonText.cpp" line="25"/>
        <source>&lt;p&gt;&lt;b&gt;Trustworthiness&lt;/b&gt; (0–1): are the points that look close in the picture really close in the original space? Penalises intruders by how far they really are.&lt;/p&gt;&lt;p&gt;&lt;b&gt;k-NN recall&lt;/b&gt;: the share of each word&apos;s k nearest neighbours (cosine) that are also among its k nearest in the picture.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Trustworthiness&lt;/b&gt; (0–1): are the points that look close in the picture really close in the original space? Penalises intruders by how far they really are.&lt;/p&gt;&lt;p&gt;&lt;b&gt;k-NN recall&lt;/b&gt;: the share of each word&apos;s k nearest neighbours (cosine) that are also among its k nearest in the picture.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ProjectionPanel</name>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="148"/>
        <source>Projection: words in 2-D</source>
        <translation>Projection: words in 2-D</translation>
    </message>
    <message>
        <source>No word vectors yet. Train some in the Embeddings lesson, import a vector file, or press “Load the lecture example”.</source>
        <translation type="vanished">No word vectors yet. Train some in the Embeddings lesson, import a vector file, or press “Load the lecture example”.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="155"/>
        <source>No word vectors yet. Train some in the Embeddings lesson, import a vector file, or press “Load the lecture&apos;s example”.</source>
        <translation>No word vectors yet. Train some in the Embeddings lesson, import a vector file, or press “Load the lecture&apos;s example”.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="157"/>
        <source>Press “Project” to draw the words in 2-D.</source>
        <translation>Press “Project” to draw the words in 2-D.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="182"/>
        <source>No word vectors to project: train some in the Embeddings lesson or import a file.</source>
        <translation>No word vectors to project: train some in the Embeddings lesson or import a file.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="193"/>
        <source>Load a corpus first (File ▸ Import, or the sample corpora).</source>
        <translation>Load a corpus first (File ▸ Import, or the sample corpora).</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="198"/>
        <source>Turning the documents of “%1” into vectors…</source>
        <translation>Turning the documents of “%1” into vectors…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="199"/>
        <source>Document vectors of %1</source>
        <translation>Document vectors of %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="205"/>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="362"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="273"/>
        <source>At least 3 words are needed (not found: %1).</source>
        <translation>At least 3 words are needed (not found: %1).</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="303"/>
        <source>Not in the vectors: %1</source>
        <translation>Not in the vectors: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/ProjectionPanel.cpp" line="307"/>
        <source>%1 of %n point(s)</source>
        <translation>
            <numerusform>%1 of %n point</numerusform>
            <numerusform>%1 of %n points</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="323"/>
        <source>Iteration %1 of %2</source>
        <translation>Iteration %1 of %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="332"/>
        <source>Done in %1 s</source>
        <translation>Done in %1 s</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="353"/>
        <source>Not among the points: %1</source>
        <translation>Not among the points: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="398"/>
        <source>Quality of the layout</source>
        <translation>Quality of the layout</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="416"/>
        <source>Quality of the layout: measuring…</source>
        <translation>Quality of the layout: measuring…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="417"/>
        <source>Trustworthiness %1 · %2-NN recall %3  (1 = every neighbourhood kept)</source>
        <translation>Trustworthiness %1 · %2-NN recall %3  (1 = every neighbourhood kept)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="444"/>
        <source>Document length in words (log scale)</source>
        <translation>Document length in words (log scale)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="445"/>
        <source>Frequency (log scale)</source>
        <translation>Frequency (log scale)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="449"/>
        <source>Rank in the file</source>
        <translation>Rank in the file</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="449"/>
        <source>rare</source>
        <translation>rare</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="449"/>
        <source>frequent</source>
        <translation>frequent</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="465"/>
        <source>%1 (%2…)</source>
        <translation>%1 (%2…)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="467"/>
        <source>k-means cluster</source>
        <translation>k-means cluster</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="484"/>
        <source>(no label)</source>
        <translation>(no label)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="492"/>
        <source>Document label</source>
        <translation>Document label</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="505"/>
        <source>k-means with %1 clusters</source>
        <translation>k-means with %1 clusters</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="552"/>
        <source>“%1” is not among the points shown.</source>
        <translation>“%1” is not among the points shown.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="564"/>
        <source>Following %1: epoch %2 of %3</source>
        <translation>Following %1: epoch %2 of %3</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="577"/>
        <source>Save the coordinates</source>
        <translation>Save the coordinates</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="578"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="583"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="583"/>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="593"/>
        <source>Import word vectors</source>
        <translation>Import word vectors</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="596"/>
        <source>Importing vectors from %1</source>
        <translation>Importing vectors from %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="629"/>
        <source>Loading the sample corpus…</source>
        <translation>Loading the sample corpus…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="656"/>
        <source>Skip-gram · lecture example</source>
        <translation>Skip-gram · lecture example</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="657"/>
        <source>Training word2vec on “%1” (the Embeddings lesson does this with every knob)…</source>
        <translation>Training word2vec on “%1” (the Embeddings lesson does this with every knob)…</translation>
    </message>
</context>
<context>
    <name>PromptNotes</name>
    <message>
        <location filename="../ui/panels/generation/PromptNotes.cpp" line="15"/>
        <source>The prompt is empty: the model starts from %1, the start of a sentence, so it writes a sentence from its first word.</source>
        <translation>The prompt is empty: the model starts from %1, the start of a sentence, so it writes a sentence from its first word.</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/PromptNotes.cpp" line="19"/>
        <source>The prompt is empty: the model starts from %1, the token that separates documents, so it writes the beginning of a text.</source>
        <translation>The prompt is empty: the model starts from %1, the token that separates documents, so it writes the beginning of a text.</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/PromptNotes.cpp" line="23"/>
        <source>The prompt is empty and this vocabulary has no start token: type a few words for the model to continue.</source>
        <translation>The prompt is empty and this vocabulary has no start token: type a few words for the model to continue.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/generation/PromptNotes.cpp" line="26"/>
        <source>%n token(s) of the prompt are not in the vocabulary and became %1: the model cannot tell what they were.</source>
        <translation>
            <numerusform>%n token of the prompt is not in the vocabulary and became %1: the model cannot tell what it was.</numerusform>
            <numerusform>%n tokens of the prompt are not in the vocabulary and became %1: the model cannot tell what they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/generation/PromptNotes.cpp" line="33"/>
        <source>An n-gram model reads only the last %n word(s) (the Markov assumption): the %1 words before them do not change its prediction.</source>
        <translation>
            <numerusform>An n-gram model reads only the last %n word (the Markov assumption): the %1 words before it do not change its prediction.</numerusform>
            <numerusform>An n-gram model reads only the last %n words (the Markov assumption): the %1 words before them do not change its prediction.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/PromptNotes.cpp" line="38"/>
        <source>The text has %1 tokens but the model reads at most %2: it sees only the last %2 (a sliding window); the first %3 are ignored.</source>
        <translation>The text has %1 tokens but the model reads at most %2: it sees only the last %2 (a sliding window); the first %3 are ignored.</translation>
    </message>
</context>
<context>
    <name>RunControls</name>
    <message>
        <location filename="../ui/widgets/RunControls.cpp" line="71"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/widgets/RunControls.cpp" line="72"/>
        <source>Stops the running job</source>
        <translation>Stops the running job</translation>
    </message>
</context>
<context>
    <name>SamplingControls</name>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="170"/>
        <source>&amp;Strategy:</source>
        <translation>&amp;Strategy:</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="171"/>
        <source>Greedy (most probable)</source>
        <translation>Greedy (most probable)</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="172"/>
        <source>Random sampling</source>
        <translation>Random sampling</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="173"/>
        <source>Top-k sampling</source>
        <translation>Top-k sampling</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="174"/>
        <source>Top-p (nucleus) sampling</source>
        <translation>Top-p (nucleus) sampling</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="175"/>
        <source>Top-k, then top-p</source>
        <translation>Top-k, then top-p</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="176"/>
        <source>How the next token is chosen from the model&apos;s probabilities</source>
        <translation>How the next token is chosen from the model&apos;s probabilities</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="177"/>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperature:</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="179"/>
        <source>Divides the logits before the softmax: below 1 sharpens the distribution, above 1 flattens it; 0 is greedy</source>
        <translation>Divides the logits before the softmax: below 1 sharpens the distribution, above 1 flattens it; 0 is greedy</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="181"/>
        <source>Presets:</source>
        <translation>Presets:</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="182"/>
        <source>Precise %1</source>
        <translation>Precise %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="183"/>
        <source>Low temperature (0.2–0.5): deterministic tasks such as summaries, answers, entity extraction</source>
        <translation>Low temperature (0.2–0.5): deterministic tasks such as summaries, answers, entity extraction</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="185"/>
        <source>Default %1</source>
        <translation>Default %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="186"/>
        <source>Temperature 1: the model&apos;s own distribution, a balance between creativity and realism</source>
        <translation>Temperature 1: the model&apos;s own distribution, a balance between creativity and realism</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="188"/>
        <source>Poetry %1</source>
        <translation>Poetry %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="189"/>
        <source>High temperature (1.2–2): poetry, stories, brainstorming</source>
        <translation>High temperature (1.2–2): poetry, stories, brainstorming</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="190"/>
        <source>Top-&amp;k:</source>
        <translation>Top-&amp;k:</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="191"/>
        <source>Keep only the k most probable tokens, then sample among them</source>
        <translation>Keep only the k most probable tokens, then sample among them</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="193"/>
        <source>Top-&amp;p:</source>
        <translation>Top-&amp;p:</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="194"/>
        <source>Keep the most probable tokens until their cumulative probability reaches p (the lecture: 0.95); the rest are cut and the kept ones re-normalised</source>
        <translation>Keep the most probable tokens until their cumulative probability reaches p (the lecture: 0.95); the rest are cut and the kept ones re-normalised</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="197"/>
        <source>S&amp;eed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="198"/>
        <source>The same seed, prompt and settings give the same text</source>
        <translation>The same seed, prompt and settings give the same text</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="199"/>
        <source>&amp;New tokens:</source>
        <translation>&amp;New tokens:</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="200"/>
        <source>How many tokens “Generate” adds</source>
        <translation>How many tokens “Generate” adds</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="308"/>
        <source>Temperature 0: greedy, the most probable token every time.</source>
        <translation>Temperature 0: greedy, the most probable token every time.</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="311"/>
        <source>k ≥ the vocabulary (%1 tokens): every token is kept.</source>
        <translation>k ≥ the vocabulary (%1 tokens): every token is kept.</translation>
    </message>
</context>
<context>
    <name>ScatterView</name>
    <message>
        <location filename="../ui/widgets/ScatterView.cpp" line="52"/>
        <source>Wheel: zoom · drag: pan · double click or F: fit · hover a point for its neighbours</source>
        <translation>Wheel: zoom · drag: pan · double click or F: fit · hover a point for its neighbours</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/ScatterView.cpp" line="407"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SentenceSamplesView</name>
    <message>
        <source>&amp;Sentences:</source>
        <translation type="vanished">&amp;Sentences:</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="101"/>
        <source>How many sentences to sample at once</source>
        <translation>How many sentences to sample at once</translation>
    </message>
    <message>
        <source>&amp;Max. words:</source>
        <translation type="vanished">&amp;Max. words:</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="101"/>
        <source>Se&amp;ntences:</source>
        <translation>Se&amp;ntences:</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="102"/>
        <source>&lt;p&gt;A sentence that has not reached &amp;lt;/s&amp;gt; by then is cut&lt;/p&gt;</source>
        <translation>&lt;p&gt;A sentence that has not reached &amp;lt;/s&amp;gt; by then is cut&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="102"/>
        <source>Ma&amp;x. words:</source>
        <translation>Ma&amp;x. words:</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="103"/>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperature:</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="104"/>
        <source>Below 1 the likely words get likelier; above 1 the distribution flattens (0 = greedy)</source>
        <translation>Below 1 the likely words get likelier; above 1 the distribution flattens (0 = greedy)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="105"/>
        <source>Top-&amp;k:</source>
        <translation>Top-&amp;k:</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="105"/>
        <source>Sample only among the k most probable words (0 = all)</source>
        <translation>Sample only among the k most probable words (0 = all)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="106"/>
        <source>Top-&amp;p:</source>
        <translation>Top-&amp;p:</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="107"/>
        <source>Sample only among the most probable words whose probabilities add up to p (1 = all)</source>
        <translation>Sample only among the most probable words whose probabilities add up to p (1 = all)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="108"/>
        <source>S&amp;eed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="108"/>
        <source>The same seed gives the same sentences; sentence i uses seed + i</source>
        <translation>The same seed gives the same sentences; sentence i uses seed + i</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="109"/>
        <source>Each sentence starts at &amp;lt;s&amp;gt;: the first word is drawn from P(w | &amp;lt;s&amp;gt;), every next one from P(w | the last n − 1 words), until the model draws &amp;lt;/s&amp;gt;.</source>
        <translation>Each sentence starts at &amp;lt;s&amp;gt;: the first word is drawn from P(w | &amp;lt;s&amp;gt;), every next one from P(w | the last n − 1 words), until the model draws &amp;lt;/s&amp;gt;.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="112"/>
        <source>Sampled sentence</source>
        <translation>Sampled sentence</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="112"/>
        <source>Words</source>
        <translation>Words</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="vanished">&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="158"/>
        <source>&amp;Generate sentences</source>
        <translation>&amp;Generate sentences</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="158"/>
        <source>Cance&amp;l</source>
        <translation>Cance&amp;l</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="159"/>
        <source>Stops sampling</source>
        <translation>Stops sampling</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="159"/>
        <source>Samples the sentences as a job (Ctrl+Enter)</source>
        <translation>Samples the sentences as a job (Ctrl+Enter)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="171"/>
        <source>Sampling %n sentence(s)</source>
        <translation>
            <numerusform>Sampling %n sentence</numerusform>
            <numerusform>Sampling %n sentences</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="173"/>
        <source>Sampling…</source>
        <translation>Sampling…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="192"/>
        <source>%1 of %2 sentences ended with &lt;/s&gt;; the others reached the word limit (…).</source>
        <translation>%1 of %2 sentences ended with &lt;/s&gt;; the others reached the word limit (…).</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="195"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="197"/>
        <source>Sampling failed: %1</source>
        <translation>Sampling failed: %1</translation>
    </message>
</context>
<context>
    <name>SentenceScoreView</name>
    <message>
        <location filename="../ui/panels/ngram/SentenceScoreView.cpp" line="81"/>
        <source>S&amp;entence:</source>
        <translation>S&amp;entence:</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceScoreView.cpp" line="82"/>
        <source>&lt;p&gt;A whole sentence: its probability is the product of one factor per word, &amp;lt;/s&amp;gt; included&lt;/p&gt;</source>
        <translation>&lt;p&gt;A whole sentence: its probability is the product of one factor per word, &amp;lt;/s&amp;gt; included&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceScoreView.cpp" line="85"/>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceScoreView.cpp" line="85"/>
        <source>Given (context)</source>
        <translation>Given (context)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceScoreView.cpp" line="85"/>
        <source>P(word | context)</source>
        <translation>P(word | context)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceScoreView.cpp" line="85"/>
        <source>log₁₀ P</source>
        <translation>log₁₀ P</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceScoreView.cpp" line="86"/>
        <source>Running product</source>
        <translation>Running product</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceScoreView.cpp" line="120"/>
        <source>No n-gram model yet: train one first.</source>
        <translation>No n-gram model yet: train one first.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceScoreView.cpp" line="127"/>
        <source>Type a sentence.</source>
        <translation>Type a sentence.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/ngram/SentenceScoreView.cpp" line="133"/>
        <source>&lt;b&gt;Chain rule&lt;/b&gt;, each factor conditioned on the last %n word(s) only:</source>
        <translation>
            <numerusform>&lt;b&gt;Chain rule&lt;/b&gt;, each factor conditioned on the last %n word only:</numerusform>
            <numerusform>&lt;b&gt;Chain rule&lt;/b&gt;, each factor conditioned on the last %n words only:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceScoreView.cpp" line="145"/>
        <source>%1 (“%2” unknown)</source>
        <translation>%1 (“%2” unknown)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceScoreView.cpp" line="165"/>
        <source>P(sentence) = 0: a factor is 0 (an n-gram the model never saw, and MLE does not smooth), so log P = −∞ and the perplexity is infinite.</source>
        <translation>P(sentence) = 0: a factor is 0 (an n-gram the model never saw, and MLE does not smooth), so log P = −∞ and the perplexity is infinite.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceScoreView.cpp" line="169"/>
        <source>P(sentence) = 10&lt;sup&gt;%1&lt;/sup&gt; = %2 &amp;nbsp;·&amp;nbsp; log₁₀ P = %1 &amp;nbsp;·&amp;nbsp; perplexity over %3 tokens = %4</source>
        <translation>P(sentence) = 10&lt;sup&gt;%1&lt;/sup&gt; = %2 &amp;nbsp;·&amp;nbsp; log₁₀ P = %1 &amp;nbsp;·&amp;nbsp; perplexity over %3 tokens = %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/ngram/SentenceScoreView.cpp" line="176"/>
        <source>%n word(s) not in the vocabulary are scored as &lt;unk&gt;.</source>
        <translation>
            <numerusform>%n word not in the vocabulary is scored as &lt;unk&gt;.</numerusform>
            <numerusform>%n words not in the vocabulary are scored as &lt;unk&gt;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepChecklist</name>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="188"/>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="190"/>
        <source>Cleaning</source>
        <translation>Cleaning</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="192"/>
        <source>Unicode NFC</source>
        <translation>Unicode NFC</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="194"/>
        <source>Sentences</source>
        <translation>Sentences</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="196"/>
        <source>Words</source>
        <translation>Words</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="198"/>
        <source>Spelling</source>
        <translation>Spelling</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="200"/>
        <source>Lemmas</source>
        <translation>Lemmas</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="202"/>
        <source>Case folding</source>
        <translation>Case folding</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="204"/>
        <source>Stop words</source>
        <translation>Stop words</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="206"/>
        <source>Accents</source>
        <translation>Accents</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="208"/>
        <source>Stems</source>
        <translation>Stems</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="215"/>
        <source>The text as loaded, split into words</source>
        <translation>The text as loaded, split into words</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="217"/>
        <source>Removes what is not language: HTML, Markdown markers, URLs, e-mail addresses, control characters, emoji and odd symbols</source>
        <translation>Removes what is not language: HTML, Markdown markers, URLs, e-mail addresses, control characters, emoji and odd symbols</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="220"/>
        <source>Unicode normalisation (NFC): “canción” typed with a combining accent becomes the same string as the precomposed one</source>
        <translation>Unicode normalisation (NFC): “canción” typed with a combining accent becomes the same string as the precomposed one</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="223"/>
        <source>Splits the text into sentences (ICU), without cutting after abbreviations such as “Sr.” or “etc.”; off: a document is one sentence</source>
        <translation>Splits the text into sentences (ICU), without cutting after abbreviations such as “Sr.” or “etc.”; off: a document is one sentence</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="226"/>
        <source>Splits each sentence into words (ICU word boundaries); always done</source>
        <translation>Splits each sentence into words (ICU word boundaries); always done</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="228"/>
        <source>Replaces misspelt words by Hunspell&apos;s suggestion, preferring one that only adds accents: “cancion” → “canción”</source>
        <translation>Replaces misspelt words by Hunspell&apos;s suggestion, preferring one that only adds accents: “cancion” → “canción”</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="231"/>
        <source>Replaces each word by its dictionary form (Hunspell): “canciones” → “canción”, “llegó” → “llegar”</source>
        <translation>Replaces each word by its dictionary form (Hunspell): “canciones” → “canción”, “llegó” → “llegar”</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="234"/>
        <source>Full case folding: “Árbol” → “árbol”</source>
        <translation>Full case folding: “Árbol” → “árbol”</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="236"/>
        <source>Removes function words (de, la, que, the, of…) from an editable list</source>
        <translation>Removes function words (de, la, que, the, of…) from an editable list</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="238"/>
        <source>Removes accents and diacritics: “canción” → “cancion”</source>
        <translation>Removes accents and diacritics: “canción” → “cancion”</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="240"/>
        <source>Cuts each word to its stem by suffix rules (Snowball): “corriendo” → “corr”</source>
        <translation>Cuts each word to its stem by suffix rules (Snowball): “corriendo” → “corr”</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="247"/>
        <source>Steps, in the order they run</source>
        <translation>Steps, in the order they run</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="251"/>
        <source>%1. Words (always)</source>
        <translation>%1. Words (always)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="257"/>
        <source>Spelling correction</source>
        <translation>Spelling correction</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="259"/>
        <source>Lemmatisation</source>
        <translation>Lemmatisation</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="261"/>
        <source>Sentence splitting</source>
        <translation>Sentence splitting</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="263"/>
        <source>Stop-word removal</source>
        <translation>Stop-word removal</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="265"/>
        <source>Accent stripping</source>
        <translation>Accent stripping</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="267"/>
        <source>Stemming</source>
        <translation>Stemming</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="268"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="272"/>
        <source>HTML tags and entities</source>
        <translation>HTML tags and entities</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="272"/>
        <source>Markdown (**bold**)</source>
        <translation>Markdown (**bold**)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="273"/>
        <source>URLs</source>
        <translation>URLs</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="273"/>
        <source>E-mail addresses</source>
        <translation>E-mail addresses</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="274"/>
        <source>Control characters</source>
        <translation>Control characters</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="274"/>
        <source>Emoji and odd symbols</source>
        <translation>Emoji and odd symbols</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="277"/>
        <source>&amp;lt;b&amp;gt;, &amp;lt;p&amp;gt;, comments and scripts go; &amp;amp;eacute; becomes é</source>
        <translation>&amp;lt;b&amp;gt;, &amp;lt;p&amp;gt;, comments and scripts go; &amp;amp;eacute; becomes é</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="278"/>
        <source>**bold**, _emphasis_, `code`, [text](link) and # headings lose their markers</source>
        <translation>**bold**, _emphasis_, `code`, [text](link) and # headings lose their markers</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="279"/>
        <source>http://…, https://… and www.… addresses</source>
        <translation>http://…, https://… and www.… addresses</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="280"/>
        <source>name@domain.org addresses</source>
        <translation>name@domain.org addresses</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="281"/>
        <source>Invisible characters: control codes, zero-width spaces, soft hyphens</source>
        <translation>Invisible characters: control codes, zero-width spaces, soft hyphens</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="282"/>
        <source>Emoji, decorations such as ### or ~~, emoticons such as :)</source>
        <translation>Emoji, decorations such as ### or ~~, emoticons such as :)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="290"/>
        <source>Keep punctuation as tokens</source>
        <translation>Keep punctuation as tokens</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="291"/>
        <source>On: “!” and “,” are tokens too; off: only words and numbers are kept</source>
        <translation>On: “!” and “,” are tokens too; off: only words and numbers are kept</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="293"/>
        <source>Edit list…</source>
        <translation>Edit list…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="294"/>
        <source>Shows the stop-word list of the language and lets you change it (saved in the workspace)</source>
        <translation>Shows the stop-word list of the language and lets you change it (saved in the workspace)</translation>
    </message>
</context>
<context>
    <name>StepsView</name>
    <message>
        <location filename="../ui/panels/generation/StepsView.cpp" line="36"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StepsView.cpp" line="36"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StepsView.cpp" line="36"/>
        <source>Chosen by</source>
        <translation>Chosen by</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StepsView.cpp" line="36"/>
        <source>p model</source>
        <translation>p model</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StepsView.cpp" line="37"/>
        <source>p final</source>
        <translation>p final</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StepsView.cpp" line="37"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StepsView.cpp" line="38"/>
        <source>The model&apos;s probability of the token (temperature 1)</source>
        <translation>The model&apos;s probability of the token (temperature 1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StepsView.cpp" line="39"/>
        <source>Its probability after temperature, top-k and top-p, re-normalised: what the sampler drew from (0 when you chose a cut token)</source>
        <translation>Its probability after temperature, top-k and top-p, re-normalised: what the sampler drew from (0 when you chose a cut token)</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StepsView.cpp" line="42"/>
        <source>1 = the most probable token</source>
        <translation>1 = the most probable token</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StepsView.cpp" line="69"/>
        <source>you</source>
        <translation>you</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StepsView.cpp" line="72"/>
        <source>Step (sampler)</source>
        <translation>Step (sampler)</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StepsView.cpp" line="75"/>
        <source>Generate (sampler)</source>
        <translation>Generate (sampler)</translation>
    </message>
</context>
<context>
    <name>StopWordsDialog</name>
    <message>
        <location filename="../ui/StopWordsDialog.cpp" line="17"/>
        <source>Stop words: %1</source>
        <translation>Stop words: %1</translation>
    </message>
    <message>
        <location filename="../ui/StopWordsDialog.cpp" line="19"/>
        <source>One word per line. Lines starting with # are comments. Matching ignores case, so write the words in lowercase, with their accents.</source>
        <translation>One word per line. Lines starting with # are comments. Matching ignores case, so write the words in lowercase, with their accents.</translation>
    </message>
    <message>
        <location filename="../ui/StopWordsDialog.cpp" line="32"/>
        <source>&amp;Restore the default list</source>
        <translation>&amp;Restore the default list</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StopWordsDialog.cpp" line="62"/>
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrategyComparison</name>
    <message>
        <location filename="../ui/panels/generation/StrategyComparison.cpp" line="34"/>
        <source>Greedy</source>
        <translation>Greedy</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StrategyComparison.cpp" line="34"/>
        <source>the most probable token</source>
        <translation>the most probable token</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StrategyComparison.cpp" line="35"/>
        <source>Random sampling</source>
        <translation>Random sampling</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StrategyComparison.cpp" line="35"/>
        <source>T = 1, seed %1</source>
        <translation>T = 1, seed %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StrategyComparison.cpp" line="38"/>
        <source>Top-k sampling</source>
        <translation>Top-k sampling</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StrategyComparison.cpp" line="39"/>
        <source>k = %1, T = 1, seed %2</source>
        <translation>k = %1, T = 1, seed %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StrategyComparison.cpp" line="42"/>
        <source>Top-p sampling</source>
        <translation>Top-p sampling</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StrategyComparison.cpp" line="43"/>
        <source>p = %1, T = 1, seed %2</source>
        <translation>p = %1, T = 1, seed %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StrategyComparison.cpp" line="46"/>
        <source>Top-p, low temperature</source>
        <translation>Top-p, low temperature</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StrategyComparison.cpp" line="47"/>
        <location filename="../ui/panels/generation/StrategyComparison.cpp" line="53"/>
        <source>p = %1, T = %2, seed %3</source>
        <translation>p = %1, T = %2, seed %3</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StrategyComparison.cpp" line="52"/>
        <source>Top-p, high temperature</source>
        <translation>Top-p, high temperature</translation>
    </message>
</context>
<context>
    <name>StrategyComparisonView</name>
    <message>
        <location filename="../ui/panels/generation/StrategyComparisonView.cpp" line="50"/>
        <source>Strategy</source>
        <translation>Strategy</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StrategyComparisonView.cpp" line="50"/>
        <source>Continuation</source>
        <translation>Continuation</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StrategyComparisonView.cpp" line="50"/>
        <source>Mean p</source>
        <translation>Mean p</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StrategyComparisonView.cpp" line="52"/>
        <source>The model&apos;s mean probability (at temperature 1) of the tokens each strategy chose: greedy picks likely tokens, pure sampling also picks unlikely ones</source>
        <translation>The model&apos;s mean probability (at temperature 1) of the tokens each strategy chose: greedy picks likely tokens, pure sampling also picks unlikely ones</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StrategyComparisonView.cpp" line="61"/>
        <source>&lt;b&gt;Prompt:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Prompt:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>TfidfSearchTab</name>
    <message>
        <source>&amp;Search:</source>
        <translation type="vanished">&amp;Search:</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="154"/>
        <source>Sea&amp;rch:</source>
        <translation>Sea&amp;rch:</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="155"/>
        <source>words to look for, e.g. banco dinero</source>
        <translation>words to look for, e.g. banco dinero</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="156"/>
        <source>Rank documents</source>
        <translation>Rank documents</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="157"/>
        <source>Ranks the documents by both measures (Enter)</source>
        <translation>Ranks the documents by both measures (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="158"/>
        <source>TF-IDF cosine</source>
        <translation>TF-IDF cosine</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="159"/>
        <source>cos(query, document) with both weighted by tf · idf</source>
        <translation>cos(query, document) with both weighted by tf · idf</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="160"/>
        <source>BM25 (k₁ = 1.5, b = 0.75)</source>
        <translation>BM25 (k₁ = 1.5, b = 0.75)</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="161"/>
        <source>Okapi BM25: term frequency saturates and long documents are penalised; what search engines use</source>
        <translation>Okapi BM25: term frequency saturates and long documents are penalised; what search engines use</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="164"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="164"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="164"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="165"/>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="165"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="165"/>
        <source>TF-IDF</source>
        <translation>TF-IDF</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="166"/>
        <source>&amp;Formulas for the word:</source>
        <translation>&amp;Formulas for the word:</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="167"/>
        <source>a word (Enter), or click one on the left</source>
        <translation>a word (Enter), or click one on the left</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="168"/>
        <source>Picture…</source>
        <translation>Picture…</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="169"/>
        <source>Saves this view as PNG or SVG</source>
        <translation>Saves this view as PNG or SVG</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="170"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="171"/>
        <source>Saves the top terms of the document as a CSV table</source>
        <translation>Saves the top terms of the document as a CSV table</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="207"/>
        <source>Searching “%1”</source>
        <translation>Searching “%1”</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="244"/>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="246"/>
        <source>Nothing counted yet: choose a corpus and press Count.</source>
        <translation>Nothing counted yet: choose a corpus and press Count.</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="248"/>
        <source>No document contains these words.</source>
        <translation>No document contains these words.</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="253"/>
        <source>Query words: &lt;b&gt;%1&lt;/b&gt; · %2 documents. Click a document to see its words.</source>
        <translation>Query words: &lt;b&gt;%1&lt;/b&gt; · %2 documents. Click a document to see its words.</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="283"/>
        <source>Top TF-IDF words of a document</source>
        <translation>Top TF-IDF words of a document</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="288"/>
        <source>Top TF-IDF words of “%1”</source>
        <translation>Top TF-IDF words of “%1”</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="311"/>
        <source>Choose a word to see its tf and idf.</source>
        <translation>Choose a word to see its tf and idf.</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="317"/>
        <source>“%1” is not in the vocabulary.</source>
        <translation>“%1” is not in the vocabulary.</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="328"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; in &lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;tf = log&lt;sub&gt;10&lt;/sub&gt;(1 + count) = log&lt;sub&gt;10&lt;/sub&gt;(1 + %3) = &lt;b&gt;%4&lt;/b&gt;&lt;/p&gt;&lt;p&gt;idf = log&lt;sub&gt;10&lt;/sub&gt;(N / df) = log&lt;sub&gt;10&lt;/sub&gt;(%5 / %6) = &lt;b&gt;%7&lt;/b&gt;&lt;/p&gt;&lt;p&gt;tf · idf = %4 × %7 = &lt;b&gt;%8&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; in &lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;tf = log&lt;sub&gt;10&lt;/sub&gt;(1 + count) = log&lt;sub&gt;10&lt;/sub&gt;(1 + %3) = &lt;b&gt;%4&lt;/b&gt;&lt;/p&gt;&lt;p&gt;idf = log&lt;sub&gt;10&lt;/sub&gt;(N / df) = log&lt;sub&gt;10&lt;/sub&gt;(%5 / %6) = &lt;b&gt;%7&lt;/b&gt;&lt;/p&gt;&lt;p&gt;tf · idf = %4 × %7 = &lt;b&gt;%8&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="337"/>
        <source>&lt;p&gt;The word is in &lt;b&gt;every&lt;/b&gt; document: df = N, so idf = log&lt;sub&gt;10&lt;/sub&gt;(1) = 0 and its weight is 0 everywhere. It tells the documents apart no better than a stop word.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The word is in &lt;b&gt;every&lt;/b&gt; document: df = N, so idf = log&lt;sub&gt;10&lt;/sub&gt;(1) = 0 and its weight is 0 everywhere. It tells the documents apart no better than a stop word.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="341"/>
        <source>&lt;p&gt;The word is not in this document: tf = 0.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The word is not in this document: tf = 0.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>TokenDisplay</name>
    <message>
        <location filename="../ui/TokenDisplay.cpp" line="81"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../ui/TokenDisplay.cpp" line="82"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../ui/TokenDisplay.cpp" line="83"/>
        <source>Shown as</source>
        <translation>Shown as</translation>
    </message>
    <message>
        <location filename="../ui/TokenDisplay.cpp" line="85"/>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <location filename="../ui/TokenDisplay.cpp" line="85"/>
        <source>%1 in the training corpus</source>
        <translation>%1 in the training corpus</translation>
    </message>
    <message>
        <location filename="../ui/TokenDisplay.cpp" line="86"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TokenDisplay.cpp" line="86"/>
        <source>%1 (%Ln byte(s))</source>
        <translation>
            <numerusform>%1 (%Ln byte)</numerusform>
            <numerusform>%1 (%Ln bytes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TokenDisplay.cpp" line="88"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../ui/TokenDisplay.cpp" line="88"/>
        <source>unknown token</source>
        <translation>unknown token</translation>
    </message>
    <message>
        <location filename="../ui/TokenDisplay.cpp" line="88"/>
        <source>special token</source>
        <translation>special token</translation>
    </message>
    <message>
        <location filename="../ui/TokenDisplay.cpp" line="110"/>
        <source>&lt;p&gt;From the text: “%1”&lt;/p&gt;</source>
        <translation>&lt;p&gt;From the text: “%1”&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>TokenLinkView</name>
    <message>
        <location filename="../ui/widgets/TokenLinkView.cpp" line="223"/>
        <source>No tokens to show</source>
        <translation>No tokens to show</translation>
    </message>
</context>
<context>
    <name>TokenizationPanel</name>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="162"/>
        <source>&amp;Corpus:</source>
        <translation>&amp;Corpus:</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="163"/>
        <source>The corpus to train on, to take sample texts from and to measure the tokenizers on (a corpus or a processed corpus)</source>
        <translation>The corpus to train on, to take sample texts from and to measure the tokenizers on (a corpus or a processed corpus)</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="165"/>
        <source>Random &amp;document</source>
        <translation>Random &amp;document</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="166"/>
        <source>Replaces the text with a random document of the corpus</source>
        <translation>Replaces the text with a random document of the corpus</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="167"/>
        <source>Lecture&apos;s sentence</source>
        <translation>Lecture&apos;s sentence</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="168"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="169"/>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="170"/>
        <source>The text every tokenizer cuts; type or paste your own</source>
        <translation>The text every tokenizer cuts; type or paste your own</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="172"/>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="173"/>
        <source>Merge replay</source>
        <translation>Merge replay</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="174"/>
        <source>Train</source>
        <translation>Train</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="175"/>
        <location filename="../ui/panels/tokenization/TokenizationStatisticsTab.cpp" line="57"/>
        <source>Vocabulary</source>
        <translation>Vocabulary</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="176"/>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="177"/>
        <source>The same text cut by several tokenizers</source>
        <translation>The same text cut by several tokenizers</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="179"/>
        <source>How a subword tokenizer builds its tokens, merge by merge</source>
        <translation>How a subword tokenizer builds its tokens, merge by merge</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="180"/>
        <source>Train, import and export tokenizers</source>
        <translation>Train, import and export tokenizers</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="181"/>
        <source>Every token of a tokenizer</source>
        <translation>Every token of a tokenizer</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="183"/>
        <source>Tokens per word, bytes per token and unknown tokens on held-out text</source>
        <translation>Tokens per word, bytes per token and unknown tokens on held-out text</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationCompareTab.cpp" line="38"/>
        <source>Each chip is a token, its id underneath; ␣ is a space, &lt;0xE2&gt; one byte of a character split by byte-level BPE, a red chip an unknown token. Hover over a chip for its id, frequency and bytes.</source>
        <translation>Each chip is a token, its id underneath; ␣ is a space, &lt;0xE2&gt; one byte of a character split by byte-level BPE, a red chip an unknown token. Hover over a chip for its id, frequency and bytes.</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="213"/>
        <source>Train a tokenizer</source>
        <translation>Train a tokenizer</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="214"/>
        <source>Training corpus:</source>
        <translation>Training corpus:</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="215"/>
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="221"/>
        <source>Byte-level BPE (GPT-2): starts from the 256 bytes and merges the most frequent pair</source>
        <translation>Byte-level BPE (GPT-2): starts from the 256 bytes and merges the most frequent pair</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="223"/>
        <source>WordPiece (BERT): merges the pair with the highest freq(ab) / (freq(a)·freq(b)); continuations start with ##</source>
        <translation>WordPiece (BERT): merges the pair with the highest freq(ab) / (freq(a)·freq(b)); continuations start with ##</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="225"/>
        <source>One token per word: the most frequent words, the rest [UNK]</source>
        <translation>One token per word: the most frequent words, the rest [UNK]</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="226"/>
        <source>One token per character</source>
        <translation>One token per character</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="229"/>
        <source>&amp;Vocabulary size:</source>
        <translation>&amp;Vocabulary size:</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="230"/>
        <source>The maximum number of tokens, fixed before training (special tokens and the alphabet included)</source>
        <translation>The maximum number of tokens, fixed before training (special tokens and the alphabet included)</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="233"/>
        <source>Minimum &amp;frequency:</source>
        <translation>Minimum &amp;frequency:</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="234"/>
        <source>A pair (or a word, a character) seen fewer times is never added</source>
        <translation>A pair (or a word, a character) seen fewer times is never added</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="236"/>
        <source>&amp;Special tokens:</source>
        <translation>&amp;Special tokens:</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="237"/>
        <source>Separated by spaces; they come first in the vocabulary and are never split</source>
        <translation>Separated by spaces; they come first in the vocabulary and are never split</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="239"/>
        <source>Hold out the last 10% of the documents</source>
        <translation>Hold out the last 10% of the documents</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="240"/>
        <source>Train on the other documents, so the statistics measure the tokenizer on text it has not seen</source>
        <translation>Train on the other documents, so the statistics measure the tokenizer on text it has not seen</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="243"/>
        <source>Lowercase words</source>
        <translation>Lowercase words</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="244"/>
        <source>Word tokenizer: fold case before looking words up</source>
        <translation>Word tokenizer: fold case before looking words up</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="246"/>
        <source>&amp;Train</source>
        <translation>&amp;Train</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="247"/>
        <source>Trains as a background job; the tokenizer is added to the workspace</source>
        <translation>Trains as a background job; the tokenizer is added to the workspace</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="249"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="250"/>
        <source>Tokenizers in the workspace</source>
        <translation>Tokenizers in the workspace</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="251"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="251"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="252"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="253"/>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="254"/>
        <source>Opens a tokenizer.json, a vocab.txt (BERT) or a folder with vocab.json and merges.txt (GPT-2)</source>
        <translation>Opens a tokenizer.json, a vocab.txt (BERT) or a folder with vocab.json and merges.txt (GPT-2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="258"/>
        <source>A file (tokenizer.json, vocab.txt, vocab.json)…</source>
        <translation>A file (tokenizer.json, vocab.txt, vocab.json)…</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="259"/>
        <source>A folder (vocab.json + merges.txt, or vocab.txt)…</source>
        <translation>A folder (vocab.json + merges.txt, or vocab.txt)…</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="260"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="261"/>
        <source>Saves the selected tokenizer as tokenizer.json, vocab.txt or vocab.json + merges.txt</source>
        <translation>Saves the selected tokenizer as tokenizer.json, vocab.txt or vocab.json + merges.txt</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="263"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationVocabularyTab.cpp" line="84"/>
        <source>The tokenizer whose vocabulary is listed</source>
        <translation>The tokenizer whose vocabulary is listed</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationVocabularyTab.cpp" line="85"/>
        <source>Find a token</source>
        <translation>Find a token</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationStatisticsTab.cpp" line="56"/>
        <location filename="../ui/panels/tokenization/TokenizationVocabularyTab.cpp" line="86"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationVocabularyTab.cpp" line="87"/>
        <source>Saves the table as shown (filtered and sorted) as CSV</source>
        <translation>Saves the table as shown (filtered and sorted) as CSV</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationReplayTab.cpp" line="101"/>
        <source>A BPE or WordPiece tokenizer trained in this session</source>
        <translation>A BPE or WordPiece tokenizer trained in this session</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationReplayTab.cpp" line="102"/>
        <source>Number of merges applied: 0 is bytes or characters, the end is the whole vocabulary</source>
        <translation>Number of merges applied: 0 is bytes or characters, the end is the whole vocabulary</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationReplayTab.cpp" line="104"/>
        <source>Drag the slider or press Play: BPE starts from single bytes and applies its merges in the order it learnt them; the text&apos;s tokens grow from characters into subwords and whole words.</source>
        <translation>Drag the slider or press Play: BPE starts from single bytes and applies its merges in the order it learnt them; the text&apos;s tokens grow from characters into subwords and whole words.</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationStatisticsTab.cpp" line="54"/>
        <source>&amp;Measure</source>
        <translation>&amp;Measure</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationStatisticsTab.cpp" line="55"/>
        <source>Tokenizes the held-out documents with every tokenizer</source>
        <translation>Tokenizes the held-out documents with every tokenizer</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationStatisticsTab.cpp" line="57"/>
        <source>Tokenizer</source>
        <translation>Tokenizer</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationStatisticsTab.cpp" line="58"/>
        <source>Tokens per word</source>
        <translation>Tokens per word</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationStatisticsTab.cpp" line="59"/>
        <source>Bytes per token</source>
        <translation>Bytes per token</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationStatisticsTab.cpp" line="60"/>
        <source>Unknown tokens</source>
        <translation>Unknown tokens</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationStatisticsTab.cpp" line="61"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="190"/>
        <source>Tokenization: words, characters, subwords</source>
        <translation>Tokenization: words, characters, subwords</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="191"/>
        <source>&lt;p&gt;A model reads &lt;b&gt;tokens&lt;/b&gt;, ids from a vocabulary fixed &lt;i&gt;before&lt;/i&gt; training. &lt;b&gt;Words&lt;/b&gt; make short sequences but a huge vocabulary, and every unseen word is &lt;tt&gt;[UNK]&lt;/tt&gt;. &lt;b&gt;Characters&lt;/b&gt; never fail but make long sequences of letters that mean little. &lt;b&gt;Subwords&lt;/b&gt; sit in between: frequent words stay whole, rare ones are cut into pieces (&lt;i&gt;señor&lt;/i&gt; + &lt;i&gt;ial&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;BPE&lt;/b&gt; (byte-pair encoding) starts from characters (GPT-2: from the 256 bytes) and repeatedly merges the &lt;b&gt;most frequent&lt;/b&gt; adjacent pair, until the vocabulary reaches its maximum size:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;(&lt;i&gt;a&lt;/i&gt;, &lt;i&gt;b&lt;/i&gt;) = argmax freq(&lt;i&gt;a&lt;/i&gt;&lt;i&gt;b&lt;/i&gt;)&lt;/p&gt;&lt;p&gt;&lt;b&gt;WordPiece&lt;/b&gt; (BERT) merges the pair with the highest score&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;freq(&lt;i&gt;ab&lt;/i&gt;) / (freq(&lt;i&gt;a&lt;/i&gt;) &amp;middot; freq(&lt;i&gt;b&lt;/i&gt;))&lt;/p&gt;&lt;p&gt;which favours pairs whose parts rarely occur apart. Word pieces inside a word start with &lt;tt&gt;##&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;merge replay&lt;/b&gt; shows a text after the first &lt;i&gt;k&lt;/i&gt; merges: the tokens are built up from characters. The statistics measure how many tokens a word needs and how often a tokenizer gives up (&lt;tt&gt;[UNK]&lt;/tt&gt;) on documents it was not trained on.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A model reads &lt;b&gt;tokens&lt;/b&gt;, ids from a vocabulary fixed &lt;i&gt;before&lt;/i&gt; training. &lt;b&gt;Words&lt;/b&gt; make short sequences but a huge vocabulary, and every unseen word is &lt;tt&gt;[UNK]&lt;/tt&gt;. &lt;b&gt;Characters&lt;/b&gt; never fail but make long sequences of letters that mean little. &lt;b&gt;Subwords&lt;/b&gt; sit in between: frequent words stay whole, rare ones are cut into pieces (&lt;i&gt;señor&lt;/i&gt; + &lt;i&gt;ial&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;BPE&lt;/b&gt; (byte-pair encoding) starts from characters (GPT-2: from the 256 bytes) and repeatedly merges the &lt;b&gt;most frequent&lt;/b&gt; adjacent pair, until the vocabulary reaches its maximum size:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;(&lt;i&gt;a&lt;/i&gt;, &lt;i&gt;b&lt;/i&gt;) = argmax freq(&lt;i&gt;a&lt;/i&gt;&lt;i&gt;b&lt;/i&gt;)&lt;/p&gt;&lt;p&gt;&lt;b&gt;WordPiece&lt;/b&gt; (BERT) merges the pair with the highest score&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;freq(&lt;i&gt;ab&lt;/i&gt;) / (freq(&lt;i&gt;a&lt;/i&gt;) &amp;middot; freq(&lt;i&gt;b&lt;/i&gt;))&lt;/p&gt;&lt;p&gt;which favours pairs whose parts rarely occur apart. Word pieces inside a word start with &lt;tt&gt;##&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;merge replay&lt;/b&gt; shows a text after the first &lt;i&gt;k&lt;/i&gt; merges: the tokens are built up from characters. The statistics measure how many tokens a word needs and how often a tokenizer gives up (&lt;tt&gt;[UNK]&lt;/tt&gt;) on documents it was not trained on.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="242"/>
        <source>%1 (processed)</source>
        <translation>%1 (processed)</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizerCatalog.cpp" line="99"/>
        <source>Bytes (UTF-8, no merges)</source>
        <translation>Bytes (UTF-8, no merges)</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizerCatalog.cpp" line="101"/>
        <source>Characters of the corpus</source>
        <translation>Characters of the corpus</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizerCatalog.cpp" line="103"/>
        <source>Words of the corpus</source>
        <translation>Words of the corpus</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationCompareTab.cpp" line="53"/>
        <source>The most frequent words of the corpus (trained when chosen)</source>
        <translation>The most frequent words of the corpus (trained when chosen)</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationCompareTab.cpp" line="56"/>
        <source>Every character of the corpus (trained when chosen)</source>
        <translation>Every character of the corpus (trained when chosen)</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationCompareTab.cpp" line="58"/>
        <source>One token per byte: where byte-level BPE starts</source>
        <translation>One token per byte: where byte-level BPE starts</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationCompareTab.cpp" line="78"/>
        <source>Load a corpus to build this tokenizer.</source>
        <translation>Load a corpus to build this tokenizer.</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationCompareTab.cpp" line="81"/>
        <source>Building it from the corpus…</source>
        <translation>Building it from the corpus…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/tokenization/TokenizationCompareTab.cpp" line="91"/>
        <location filename="../ui/panels/tokenization/TokenizationVocabularyTab.cpp" line="106"/>
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln token</numerusform>
            <numerusform>%Ln tokens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationUi.cpp" line="22"/>
        <source> · %1 characters per token</source>
        <translation> · %1 characters per token</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationCompareTab.cpp" line="93"/>
        <source> · vocabulary %1</source>
        <translation> · vocabulary %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationCompareTab.cpp" line="30"/>
        <source>The built-in tokenizer could not be built: %1</source>
        <translation>The built-in tokenizer could not be built: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="272"/>
        <source>none: load a corpus first</source>
        <translation>none: load a corpus first</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="308"/>
        <source>Load or choose a corpus to train on.</source>
        <translation>Load or choose a corpus to train on.</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="317"/>
        <source>Training…</source>
        <translation>Training…</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="328"/>
        <source>Training… %1% (%2)</source>
        <translation>Training… %1% (%2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="329"/>
        <source>Training… %1%</source>
        <translation>Training… %1%</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="335"/>
        <source>Added “%1”: %2</source>
        <translation>Added “%1”: %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="340"/>
        <source>Training cancelled; nothing was added.</source>
        <translation>Training cancelled; nothing was added.</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="344"/>
        <source>Training failed: %1</source>
        <translation>Training failed: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationVocabularyTab.cpp" line="107"/>
        <source>%1 of %2 tokens</source>
        <translation>%1 of %2 tokens</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationReplayTab.cpp" line="144"/>
        <source> of %1</source>
        <translation> of %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationReplayTab.cpp" line="160"/>
        <source>Train a BPE or WordPiece tokenizer to replay its merges.</source>
        <translation>Train a BPE or WordPiece tokenizer to replay its merges.</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationReplayTab.cpp" line="180"/>
        <source>No merges yet: one token per byte</source>
        <translation>No merges yet: one token per byte</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationReplayTab.cpp" line="181"/>
        <source>No merges yet: one token per character</source>
        <translation>No merges yet: one token per character</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationReplayTab.cpp" line="184"/>
        <source>Merge %1: “%2” + “%3” → “%4”</source>
        <translation>Merge %1: “%2” + “%3” → “%4”</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/tokenization/TokenizationReplayTab.cpp" line="189"/>
        <source>After %1 of %2 merges: %Ln token(s)</source>
        <translation>
            <numerusform>After %1 of %2 merges: %Ln token</numerusform>
            <numerusform>After %1 of %2 merges: %Ln tokens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationReplayTab.cpp" line="200"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationReplayTab.cpp" line="205"/>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationStatisticsTab.cpp" line="69"/>
        <source>Load or choose a corpus to measure on.</source>
        <translation>Load or choose a corpus to measure on.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/tokenization/TokenizationStatisticsTab.cpp" line="83"/>
        <source>Measuring %Ln tokenizer(s) on %1</source>
        <translation>
            <numerusform>Measuring %Ln tokenizer on %1</numerusform>
            <numerusform>Measuring %Ln tokenizers on %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationStatisticsTab.cpp" line="107"/>
        <source>The statistics could not be computed: %1</source>
        <translation>The statistics could not be computed: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationStatisticsTab.cpp" line="113"/>
        <source>Measuring…</source>
        <translation>Measuring…</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationStatisticsTab.cpp" line="141"/>
        <source>Press Measure to tokenize the held-out documents (the last 10% of the corpus) with every tokenizer.</source>
        <translation>Press Measure to tokenize the held-out documents (the last 10% of the corpus) with every tokenizer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/tokenization/TokenizationStatisticsTab.cpp" line="144"/>
        <source>Measured on the last 10% of the documents of %1 (%Ln document(s)), which tokenizers trained with “hold out” have not seen. Tokens per word: fewer is shorter sequences; unknown tokens: text the tokenizer could not represent.</source>
        <translation>
            <numerusform>Measured on the last 10% of the documents of %1 (%Ln document), which tokenizers trained with “hold out” have not seen. Tokens per word: fewer is shorter sequences; unknown tokens: text the tokenizer could not represent.</numerusform>
            <numerusform>Measured on the last 10% of the documents of %1 (%Ln documents), which tokenizers trained with “hold out” have not seen. Tokens per word: fewer is shorter sequences; unknown tokens: text the tokenizer could not represent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="381"/>
        <source>Importing the tokenizer %1</source>
        <translation>Importing the tokenizer %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="393"/>
        <source>%1, %2 tokens, imported from %3</source>
        <translation>%1, %2 tokens, imported from %3</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="402"/>
        <source>Could not import %1: %2</source>
        <translation>Could not import %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="404"/>
        <source>Import tokenizer</source>
        <translation>Import tokenizer</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="405"/>
        <source>Could not import %1:
%2</source>
        <translation>Could not import %1:
%2</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="413"/>
        <source>Import a tokenizer folder</source>
        <translation>Import a tokenizer folder</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="414"/>
        <source>Import a tokenizer</source>
        <translation>Import a tokenizer</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="415"/>
        <source>Tokenizer files (*.json *.txt);;All files (*)</source>
        <translation>Tokenizer files (*.json *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="425"/>
        <source>There is no such tokenizer.</source>
        <translation>There is no such tokenizer.</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="433"/>
        <source>vocab.txt holds WordPiece (BERT) vocabularies only.</source>
        <translation>vocab.txt holds WordPiece (BERT) vocabularies only.</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="439"/>
        <source>vocab.json + merges.txt hold byte-level BPE (GPT-2) tokenizers only.</source>
        <translation>vocab.json + merges.txt hold byte-level BPE (GPT-2) tokenizers only.</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="448"/>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="463"/>
        <source>Hugging Face tokenizer.json (*.json)</source>
        <translation>Hugging Face tokenizer.json (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="464"/>
        <source>BERT vocab.txt (*.txt)</source>
        <translation>BERT vocab.txt (*.txt)</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="465"/>
        <source>GPT-2 folder: vocab.json + merges.txt (*)</source>
        <translation>GPT-2 folder: vocab.json + merges.txt (*)</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="472"/>
        <source>Export the tokenizer</source>
        <translation>Export the tokenizer</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="483"/>
        <source>Export tokenizer</source>
        <translation>Export tokenizer</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="468"/>
        <source>The lecture&apos;s example could not be trained: %1</source>
        <translation>The lecture&apos;s example could not be trained: %1</translation>
    </message>
</context>
<context>
    <name>TokenizerComparisonView</name>
    <message>
        <location filename="../ui/widgets/TokenizerComparisonView.cpp" line="45"/>
        <source>Add a tokenizer</source>
        <translation>Add a tokenizer</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TokenizerComparisonView.cpp" line="46"/>
        <source>Shows one more tokenizer on the same text (up to %1)</source>
        <translation>Shows one more tokenizer on the same text (up to %1)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TokenizerComparisonView.cpp" line="48"/>
        <source>Remove this row</source>
        <translation>Remove this row</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TokenizerComparisonView.cpp" line="49"/>
        <source>The tokenizer of this row</source>
        <translation>The tokenizer of this row</translation>
    </message>
</context>
<context>
    <name>TokenizerTraining</name>
    <message>
        <location filename="../ui/TokenizerTraining.cpp" line="68"/>
        <source>BPE</source>
        <translation>BPE</translation>
    </message>
    <message>
        <location filename="../ui/TokenizerTraining.cpp" line="70"/>
        <source>WordPiece</source>
        <translation>WordPiece</translation>
    </message>
    <message>
        <location filename="../ui/TokenizerTraining.cpp" line="72"/>
        <source>Words</source>
        <translation>Words</translation>
    </message>
    <message>
        <location filename="../ui/TokenizerTraining.cpp" line="74"/>
        <source>Characters</source>
        <translation>Characters</translation>
    </message>
    <message>
        <location filename="../ui/TokenizerTraining.cpp" line="95"/>
        <source>Training a %1 tokenizer on %2</source>
        <translation>Training a %1 tokenizer on %2</translation>
    </message>
    <message>
        <location filename="../ui/TokenizerTraining.cpp" line="183"/>
        <source>%1, %2 tokens, min. frequency %3, on %4</source>
        <translation>%1, %2 tokens, min. frequency %3, on %4</translation>
    </message>
    <message>
        <location filename="../ui/TokenizerTraining.cpp" line="187"/>
        <source> (last %1 of %2 documents held out)</source>
        <translation> (last %1 of %2 documents held out)</translation>
    </message>
</context>
<context>
    <name>ToyAttentionView</name>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="172"/>
        <source>&amp;Sentence:</source>
        <translation>&amp;Sentence:</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="173"/>
        <source>The words of the sentence are the tokens (rows of X)</source>
        <translation>The words of the sentence are the tokens (rows of X)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="174"/>
        <source>&amp;Vectors X:</source>
        <translation>&amp;Vectors X:</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="176"/>
        <source>&amp;Dimension d:</source>
        <translation>&amp;Dimension d:</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="177"/>
        <source>Size of the random word vectors (a GPT brings its own)</source>
        <translation>Size of the random word vectors (a GPT brings its own)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="178"/>
        <source>S&amp;eed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="179"/>
        <source>The same seed gives the same random vectors and matrices W</source>
        <translation>The same seed gives the same random vectors and matrices W</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="180"/>
        <source>&amp;Causal (j ≤ i)</source>
        <translation>&amp;Causal (j ≤ i)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="181"/>
        <source>Each token only looks at itself and the tokens before it, as in a language model that predicts the next word</source>
        <translation>Each token only looks at itself and the tokens before it, as in a language model that predicts the next word</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="183"/>
        <source>Steps:</source>
        <translation>Steps:</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="185"/>
        <source>1. Similarities XXᵀ</source>
        <translation>1. Similarities XXᵀ</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="186"/>
        <source>2. Weights α = softmax(XXᵀ)</source>
        <translation>2. Weights α = softmax(XXᵀ)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="187"/>
        <source>3. Output Y = αX</source>
        <translation>3. Output Y = αX</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="188"/>
        <source>4. Q, K, V = XW</source>
        <translation>4. Q, K, V = XW</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="189"/>
        <source>5. Scores QKᵀ/√d</source>
        <translation>5. Scores QKᵀ/√d</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="190"/>
        <source>6. Weights α = softmax(QKᵀ/√d)</source>
        <translation>6. Weights α = softmax(QKᵀ/√d)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="191"/>
        <source>7. Output Y = αV</source>
        <translation>7. Output Y = αV</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="194"/>
        <source>1 XXᵀ</source>
        <translation>1 XXᵀ</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="194"/>
        <source>2 softmax</source>
        <translation>2 softmax</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="194"/>
        <source>3 αX</source>
        <translation>3 αX</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="194"/>
        <source>4 QKV</source>
        <translation>4 QKV</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="194"/>
        <source>5 QKᵀ</source>
        <translation>5 QKᵀ</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="194"/>
        <source>6 softmax</source>
        <translation>6 softmax</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="195"/>
        <source>7 αV</source>
        <translation>7 αV</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="201"/>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="202"/>
        <source>The previous step (Ctrl+Page Up)</source>
        <translation>The previous step (Ctrl+Page Up)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="203"/>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="204"/>
        <source>The next step (Ctrl+Page Down)</source>
        <translation>The next step (Ctrl+Page Down)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="205"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="206"/>
        <source>Save the matrices shown as PNG or SVG</source>
        <translation>Save the matrices shown as PNG or SVG</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="325"/>
        <source>−∞ (j &gt; i)</source>
        <translation>−∞ (j &gt; i)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="326"/>
        <source>0 (j &gt; i)</source>
        <translation>0 (j &gt; i)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="337"/>
        <source>&lt;b&gt;1.&lt;/b&gt; Similarity of every pair of tokens: S = &lt;b&gt;XX&lt;/b&gt;ᵀ, S&lt;sub&gt;&lt;i&gt;ij&lt;/i&gt;&lt;/sub&gt; = x&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; · x&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt;. Close vectors mean similar words.</source>
        <translation>&lt;b&gt;1.&lt;/b&gt; Similarity of every pair of tokens: S = &lt;b&gt;XX&lt;/b&gt;ᵀ, S&lt;sub&gt;&lt;i&gt;ij&lt;/i&gt;&lt;/sub&gt; = x&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; · x&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt;. Close vectors mean similar words.</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="342"/>
        <source>&lt;b&gt;2.&lt;/b&gt; Each row becomes weights that sum to 1: α&lt;sub&gt;&lt;i&gt;ij&lt;/i&gt;&lt;/sub&gt; = exp(x&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt;·x&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt;) / Σ&lt;sub&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sub&gt; exp(x&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt;·x&lt;sub&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sub&gt;).</source>
        <translation>&lt;b&gt;2.&lt;/b&gt; Each row becomes weights that sum to 1: α&lt;sub&gt;&lt;i&gt;ij&lt;/i&gt;&lt;/sub&gt; = exp(x&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt;·x&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt;) / Σ&lt;sub&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sub&gt; exp(x&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt;·x&lt;sub&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sub&gt;).</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="348"/>
        <source>&lt;b&gt;3.&lt;/b&gt; Each token becomes a mix of the tokens it attends to: y&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; = Σ&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt; α&lt;sub&gt;&lt;i&gt;ij&lt;/i&gt;&lt;/sub&gt; x&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt;, &lt;b&gt;Y&lt;/b&gt; = softmax(&lt;b&gt;XX&lt;/b&gt;ᵀ) &lt;b&gt;X&lt;/b&gt;.</source>
        <translation>&lt;b&gt;3.&lt;/b&gt; Each token becomes a mix of the tokens it attends to: y&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; = Σ&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt; α&lt;sub&gt;&lt;i&gt;ij&lt;/i&gt;&lt;/sub&gt; x&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt;, &lt;b&gt;Y&lt;/b&gt; = softmax(&lt;b&gt;XX&lt;/b&gt;ᵀ) &lt;b&gt;X&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="354"/>
        <source>&lt;b&gt;4.&lt;/b&gt; &lt;b&gt;Q&lt;/b&gt; = &lt;b&gt;XW&lt;/b&gt;&lt;sup&gt;q&lt;/sup&gt; (queries: what a token looks for, the user&apos;s tastes), &lt;b&gt;K&lt;/b&gt; = &lt;b&gt;XW&lt;/b&gt;&lt;sup&gt;k&lt;/sup&gt; (keys: what it offers, a film&apos;s attributes), &lt;b&gt;V&lt;/b&gt; = &lt;b&gt;XW&lt;/b&gt;&lt;sup&gt;v&lt;/sup&gt; (values: what it passes on, the films).</source>
        <translation>&lt;b&gt;4.&lt;/b&gt; &lt;b&gt;Q&lt;/b&gt; = &lt;b&gt;XW&lt;/b&gt;&lt;sup&gt;q&lt;/sup&gt; (queries: what a token looks for, the user&apos;s tastes), &lt;b&gt;K&lt;/b&gt; = &lt;b&gt;XW&lt;/b&gt;&lt;sup&gt;k&lt;/sup&gt; (keys: what it offers, a film&apos;s attributes), &lt;b&gt;V&lt;/b&gt; = &lt;b&gt;XW&lt;/b&gt;&lt;sup&gt;v&lt;/sup&gt; (values: what it passes on, the films).</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="360"/>
        <source>&lt;b&gt;5.&lt;/b&gt; A query matches the keys close to it: S = &lt;b&gt;QK&lt;/b&gt;ᵀ / √&lt;i&gt;d&lt;/i&gt;; dividing by √&lt;i&gt;d&lt;/i&gt; keeps the scores from growing with the dimension.</source>
        <translation>&lt;b&gt;5.&lt;/b&gt; A query matches the keys close to it: S = &lt;b&gt;QK&lt;/b&gt;ᵀ / √&lt;i&gt;d&lt;/i&gt;; dividing by √&lt;i&gt;d&lt;/i&gt; keeps the scores from growing with the dimension.</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="365"/>
        <source>&lt;b&gt;6.&lt;/b&gt; The same softmax, row by row: α = softmax(&lt;b&gt;QK&lt;/b&gt;ᵀ / √&lt;i&gt;d&lt;/i&gt;).</source>
        <translation>&lt;b&gt;6.&lt;/b&gt; The same softmax, row by row: α = softmax(&lt;b&gt;QK&lt;/b&gt;ᵀ / √&lt;i&gt;d&lt;/i&gt;).</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="369"/>
        <source>&lt;b&gt;7.&lt;/b&gt; The values mixed by the weights: &lt;b&gt;Y&lt;/b&gt; = α&lt;b&gt;V&lt;/b&gt; = softmax(&lt;b&gt;QK&lt;/b&gt;ᵀ / √&lt;i&gt;d&lt;/i&gt;) &lt;b&gt;V&lt;/b&gt;.</source>
        <translation>&lt;b&gt;7.&lt;/b&gt; The values mixed by the weights: &lt;b&gt;Y&lt;/b&gt; = α&lt;b&gt;V&lt;/b&gt; = softmax(&lt;b&gt;QK&lt;/b&gt;ᵀ / √&lt;i&gt;d&lt;/i&gt;) &lt;b&gt;V&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="375"/>
        <source>Causal: only &lt;i&gt;j&lt;/i&gt; ≤ &lt;i&gt;i&lt;/i&gt;; the hatched cells are masked (−∞ before the softmax, 0 after it).</source>
        <translation>Causal: only &lt;i&gt;j&lt;/i&gt; ≤ &lt;i&gt;i&lt;/i&gt;; the hatched cells are masked (−∞ before the softmax, 0 after it).</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="398"/>
        <source>&lt;b&gt;X&lt;/b&gt; (%1): one row per token</source>
        <translation>&lt;b&gt;X&lt;/b&gt; (%1): one row per token</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="400"/>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="418"/>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="424"/>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="430"/>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="436"/>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="455"/>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="400"/>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="418"/>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="424"/>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="430"/>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="436"/>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="455"/>
        <source>dimension</source>
        <translation>dimension</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="404"/>
        <source>&lt;b&gt;XX&lt;/b&gt;ᵀ (%1)</source>
        <translation>&lt;b&gt;XX&lt;/b&gt;ᵀ (%1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="406"/>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="412"/>
        <source>token i</source>
        <translation>token i</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="406"/>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="412"/>
        <source>token j</source>
        <translation>token j</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="410"/>
        <source>α = softmax(&lt;b&gt;XX&lt;/b&gt;ᵀ) (%1)</source>
        <translation>α = softmax(&lt;b&gt;XX&lt;/b&gt;ᵀ) (%1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="416"/>
        <source>&lt;b&gt;Y&lt;/b&gt; = α&lt;b&gt;X&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Y&lt;/b&gt; = α&lt;b&gt;X&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="422"/>
        <source>&lt;b&gt;Q&lt;/b&gt; = &lt;b&gt;XW&lt;/b&gt;&lt;sup&gt;q&lt;/sup&gt; (%1)</source>
        <translation>&lt;b&gt;Q&lt;/b&gt; = &lt;b&gt;XW&lt;/b&gt;&lt;sup&gt;q&lt;/sup&gt; (%1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="428"/>
        <source>&lt;b&gt;K&lt;/b&gt; = &lt;b&gt;XW&lt;/b&gt;&lt;sup&gt;k&lt;/sup&gt; (%1)</source>
        <translation>&lt;b&gt;K&lt;/b&gt; = &lt;b&gt;XW&lt;/b&gt;&lt;sup&gt;k&lt;/sup&gt; (%1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="434"/>
        <source>&lt;b&gt;V&lt;/b&gt; = &lt;b&gt;XW&lt;/b&gt;&lt;sup&gt;v&lt;/sup&gt; (%1)</source>
        <translation>&lt;b&gt;V&lt;/b&gt; = &lt;b&gt;XW&lt;/b&gt;&lt;sup&gt;v&lt;/sup&gt; (%1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="440"/>
        <source>&lt;b&gt;QK&lt;/b&gt;ᵀ / √&lt;i&gt;d&lt;/i&gt; (%1)</source>
        <translation>&lt;b&gt;QK&lt;/b&gt;ᵀ / √&lt;i&gt;d&lt;/i&gt; (%1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="442"/>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="449"/>
        <source>query i</source>
        <translation>query i</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="442"/>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="449"/>
        <source>key j</source>
        <translation>key j</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="446"/>
        <source>α = softmax(&lt;b&gt;QK&lt;/b&gt;ᵀ / √&lt;i&gt;d&lt;/i&gt;) (%1)</source>
        <translation>α = softmax(&lt;b&gt;QK&lt;/b&gt;ᵀ / √&lt;i&gt;d&lt;/i&gt;) (%1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="453"/>
        <source>&lt;b&gt;Y&lt;/b&gt; = α&lt;b&gt;V&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Y&lt;/b&gt; = α&lt;b&gt;V&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="466"/>
        <source>Cannot compute: %1</source>
        <translation>Cannot compute: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="468"/>
        <source>Type a sentence: its words are the tokens.</source>
        <translation>Type a sentence: its words are the tokens.</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="470"/>
        <source>&lt;b&gt;X&lt;/b&gt;: the rows of the token embeddings (wte) of “%1” for its tokens, &lt;i&gt;d&lt;/i&gt; = %2. &lt;b&gt;W&lt;/b&gt;&lt;sup&gt;q&lt;/sup&gt;, &lt;b&gt;W&lt;/b&gt;&lt;sup&gt;k&lt;/sup&gt;, &lt;b&gt;W&lt;/b&gt;&lt;sup&gt;v&lt;/sup&gt;: its layer 1, head 1 (%2 × %3), without the bias and the layer norm GPT applies.</source>
        <translation>&lt;b&gt;X&lt;/b&gt;: the rows of the token embeddings (wte) of “%1” for its tokens, &lt;i&gt;d&lt;/i&gt; = %2. &lt;b&gt;W&lt;/b&gt;&lt;sup&gt;q&lt;/sup&gt;, &lt;b&gt;W&lt;/b&gt;&lt;sup&gt;k&lt;/sup&gt;, &lt;b&gt;W&lt;/b&gt;&lt;sup&gt;v&lt;/sup&gt;: its layer 1, head 1 (%2 × %3), without the bias and the layer norm GPT applies.</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="477"/>
        <source>&lt;b&gt;X&lt;/b&gt;: random vectors (seed %1, &lt;i&gt;d&lt;/i&gt; = %2), the same word always the same vector. &lt;b&gt;W&lt;/b&gt;&lt;sup&gt;q&lt;/sup&gt;, &lt;b&gt;W&lt;/b&gt;&lt;sup&gt;k&lt;/sup&gt;, &lt;b&gt;W&lt;/b&gt;&lt;sup&gt;v&lt;/sup&gt;: random %2 × %2 matrices; training would learn them. Hover a cell for its value.</source>
        <translation>&lt;b&gt;X&lt;/b&gt;: random vectors (seed %1, &lt;i&gt;d&lt;/i&gt; = %2), the same word always the same vector. &lt;b&gt;W&lt;/b&gt;&lt;sup&gt;q&lt;/sup&gt;, &lt;b&gt;W&lt;/b&gt;&lt;sup&gt;k&lt;/sup&gt;, &lt;b&gt;W&lt;/b&gt;&lt;sup&gt;v&lt;/sup&gt;: random %2 × %2 matrices; training would learn them. Hover a cell for its value.</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="484"/>
        <source>Only the first %1 tokens are shown.</source>
        <translation>Only the first %1 tokens are shown.</translation>
    </message>
</context>
<context>
    <name>ToyEmbeddingSource</name>
    <message>
        <location filename="../ui/panels/attention/ToyEmbeddingSource.cpp" line="44"/>
        <location filename="../ui/panels/attention/ToyEmbeddingSource.cpp" line="55"/>
        <source>Random vectors</source>
        <translation>Random vectors</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyEmbeddingSource.cpp" line="45"/>
        <source>Random vectors for the words (a seed and a dimension d), or the token embeddings of a GPT of the workspace</source>
        <translation>Random vectors for the words (a seed and a dimension d), or the token embeddings of a GPT of the workspace</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyEmbeddingSource.cpp" line="58"/>
        <source>GPT: %1</source>
        <translation>GPT: %1</translation>
    </message>
</context>
<context>
    <name>TrainingCurveChart</name>
    <message>
        <location filename="../ui/widgets/TrainingCurveChart.cpp" line="57"/>
        <source>Export picture (PNG, SVG)...</source>
        <translation>Export picture (PNG, SVG)...</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TrainingCurveChart.cpp" line="58"/>
        <source>Export points (CSV)...</source>
        <translation>Export points (CSV)...</translation>
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
    <name>VocabularyChart</name>
    <message>
        <location filename="../ui/widgets/VocabularyChart.cpp" line="125"/>
        <source>After “%1”: %2 types (distinct words)</source>
        <translation>After “%1”: %2 types (distinct words)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/VocabularyChart.cpp" line="127"/>
        <source>After “%1”: %2 tokens (running words)</source>
        <translation>After “%1”: %2 tokens (running words)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/VocabularyChart.cpp" line="134"/>
        <source>%1% against “%2”</source>
        <translation>%1% against “%2”</translation>
    </message>
    <message>
        <location filename="../ui/widgets/VocabularyChart.cpp" line="169"/>
        <source>Vocabulary after each step (process a corpus to see it)</source>
        <translation>Vocabulary after each step (process a corpus to see it)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/VocabularyChart.cpp" line="171"/>
        <source>Vocabulary size and tokens after each step</source>
        <translation>Vocabulary size and tokens after each step</translation>
    </message>
    <message>
        <location filename="../ui/widgets/VocabularyChart.cpp" line="172"/>
        <source>Types (vocabulary size)</source>
        <translation>Types (vocabulary size)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/VocabularyChart.cpp" line="173"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/widgets/VocabularyChart.cpp" line="174"/>
        <source>Types (distinct words)</source>
        <translation>Types (distinct words)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/VocabularyChart.cpp" line="175"/>
        <source>Tokens (running words)</source>
        <translation>Tokens (running words)</translation>
    </message>
</context>
<context>
    <name>VocabularyTableModel</name>
    <message>
        <location filename="../ui/models/VocabularyTableModel.cpp" line="53"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../ui/models/VocabularyTableModel.cpp" line="76"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../ui/models/VocabularyTableModel.cpp" line="78"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../ui/models/VocabularyTableModel.cpp" line="80"/>
        <source>Shown as</source>
        <translation>Shown as</translation>
    </message>
    <message>
        <location filename="../ui/models/VocabularyTableModel.cpp" line="82"/>
        <source>Special</source>
        <translation>Special</translation>
    </message>
    <message>
        <location filename="../ui/models/VocabularyTableModel.cpp" line="84"/>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <location filename="../ui/models/VocabularyTableModel.cpp" line="90"/>
        <source>The token as the tokenizer stores it (byte-level BPE writes a space as Ġ)</source>
        <translation>The token as the tokenizer stores it (byte-level BPE writes a space as Ġ)</translation>
    </message>
    <message>
        <location filename="../ui/models/VocabularyTableModel.cpp" line="92"/>
        <source>The text the token stands for: ␣ is a space, &lt;0xE2&gt; a byte that is only part of a character</source>
        <translation>The text the token stands for: ␣ is a space, &lt;0xE2&gt; a byte that is only part of a character</translation>
    </message>
    <message>
        <location filename="../ui/models/VocabularyTableModel.cpp" line="95"/>
        <source>Special tokens ([CLS], [UNK], &lt;|endoftext|&gt;) are never split or merged</source>
        <translation>Special tokens ([CLS], [UNK], &lt;|endoftext|&gt;) are never split or merged</translation>
    </message>
    <message>
        <location filename="../ui/models/VocabularyTableModel.cpp" line="97"/>
        <source>How often the token occurs when the training corpus is tokenized (known for tokenizers trained in this session)</source>
        <translation>How often the token occurs when the training corpus is tokenized (known for tokenizers trained in this session)</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../ui/Workspace.cpp" line="33"/>
        <source>corpus</source>
        <translation>corpus</translation>
    </message>
</context>
<context>
    <name>ZipfChart</name>
    <message numerus="yes">
        <location filename="../ui/widgets/ZipfChart.cpp" line="113"/>
        <source>Rank %1: “%2”, %Ln occurrence(s)</source>
        <translation>
            <numerusform>Rank %1: “%2”, %Ln occurrence</numerusform>
            <numerusform>Rank %1: “%2”, %Ln occurrences</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/ZipfChart.cpp" line="144"/>
        <source>Zipf&apos;s law: frequency against rank</source>
        <translation>Zipf&apos;s law: frequency against rank</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ZipfChart.cpp" line="145"/>
        <source>Zipf&apos;s law (load a corpus to see it)</source>
        <translation>Zipf&apos;s law (load a corpus to see it)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ZipfChart.cpp" line="146"/>
        <source>Words of the corpus</source>
        <translation>Words of the corpus</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ZipfChart.cpp" line="147"/>
        <source>Zipf&apos;s law f(r) = f(1) / r (slope −1)</source>
        <translation>Zipf&apos;s law f(r) = f(1) / r (slope −1)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ZipfChart.cpp" line="148"/>
        <source>Rank r (log scale)</source>
        <translation>Rank r (log scale)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ZipfChart.cpp" line="149"/>
        <source>Frequency f (log scale)</source>
        <translation>Frequency f (log scale)</translation>
    </message>
</context>
</TS>
