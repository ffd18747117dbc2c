import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { escapeInlineHtml } from '../../../src/core/render';
import { importHtml } from '../../../src/importers';
import { readFixture, REPORT_2021 } from '../helpers';

/** A published page of the report with hostile text (as text: entities in the page) in section 五. */
function hostilePage(): string {
  const markdown = readFixture(REPORT_2021).replace(/^---[\s\S]*?---\n/, '');
  const hostile = [
    '&lt;script&gt;alert(1)&lt;/script&gt;整改情况',
    '&lt;img src=x onerror=alert(1)&gt;另见附件',
    '&amp;nbsp;与 &amp;#x41; 照原样',
    '说明：&lt;!-- 以下内容',
  ]
    .map((t) => `<p>${t}</p>`)
    .join('\n');
  return new MarkdownIt().render(markdown).replace(/(<h2>六、)/, `${hostile}\n$1`);
}

suite('imported text is text in the preview, never HTML', () => {
  test('<script>, <img onerror>, entities and an unclosed <!-- from a page are escaped in the Markdown', () => {
    const { markdown } = importHtml(hostilePage());
    for (const line of [
      '\\<script>alert(1)\\</script>整改情况',
      '\\<img src=x onerror=alert(1)>另见附件',
      '\\&nbsp;与 \\&#x41; 照原样',
      '说明：\\<!-- 以下内容',
    ])
      assert.ok(markdown.includes(`\n${line}\n`), line);
    const preview = new MarkdownIt({ html: true }).render(markdown);
    assert.doesNotMatch(preview, /<script|<img|<!--/);
    assert.match(preview, /&lt;script&gt;alert\(1\)&lt;\/script&gt;整改情况/);
    assert.match(preview, /<h2>六、其他需要报告的事项<\/h2>/);
  });

  test('only what could start a tag, comment, autolink or entity is escaped', () => {
    assert.equal(escapeInlineHtml('<5件、a&b、A<b>、&amp;、<!x、</p>'), '<5件、a&b、A\\<b>、\\&amp;、\\<!x、\\</p>');
  });
});
