import { test } from 'node:test';
import assert from 'node:assert/strict';
import { childrenNamed, localName, parseXml } from '../../codegen/xml.js';

test('xml: elements, attributes in either quote, entities, text, comments and the prolog', () => {
  const root = parseXml(`<?xml version="1.0"?>\n<!-- a <comment> -->\n<edmx:Edmx a="1 &amp; 2" b='&quot;x&#39;&#x41;'>
    <Annotation Term="T"><String>x &lt; y</String></Annotation><![CDATA[<raw>]]><Empty/>
  </edmx:Edmx>`);
  assert.equal(root.name, 'edmx:Edmx');
  assert.equal(localName(root.name), 'Edmx');
  assert.deepEqual(root.attrs, { a: '1 & 2', b: `"x'A` });
  assert.deepEqual(root.children.map((c) => c.name), ['Annotation', 'Empty']);
  assert.equal(childrenNamed(root, 'Annotation')[0]!.children[0]!.text, 'x < y');
  assert.match(root.text, /<raw>/);
});

test('xml: a document that does not pair up is refused with the line', () => {
  assert.throws(() => parseXml('<a>\n<b></a>', 'f.xml'), /f\.xml: line 2: <\/a> closes <b>/);
  assert.throws(() => parseXml('<a><b/>', 'f.xml'), /<a> is never closed/);
  assert.throws(() => parseXml('<a>\n< b/></a>', 'f.xml'), /line 2: a "<" that starts no well-formed tag/);
  assert.throws(() => parseXml('<a/><b/>', 'f.xml'), /expected one root element, found 2/);
  assert.throws(() => parseXml('<a x="1></a>', 'f.xml'), /f\.xml/);
});
