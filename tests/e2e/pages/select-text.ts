// Selecting words in a grid cell as a user dragging over them would: shared by the Playwright page object and the
// team-mode Chromium test under vitest, so it depends on playwright-core's Locator only, not on a test runner.
import type { Locator } from 'playwright-core';

/** Selects the first occurrence of `text` in any text segment of `cell`; false when no segment contains it. */
export function selectTextIn(cell: Locator, text: string): Promise<boolean> {
  return cell.evaluate((root, wanted) => {
    for (const seg of root.querySelectorAll('.seg-text')) {
      const walker = document.createTreeWalker(seg, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      let full = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push(n as Text);
        full += (n as Text).data;
      }
      const at = full.indexOf(wanted);
      if (at < 0) continue;
      const locate = (offset: number): [Text, number] => {
        let acc = 0;
        for (const node of nodes) {
          if (offset <= acc + node.data.length) return [node, offset - acc];
          acc += node.data.length;
        }
        const last = nodes[nodes.length - 1];
        return [last, last.data.length];
      };
      const range = document.createRange();
      range.setStart(...locate(at));
      range.setEnd(...locate(at + wanted.length));
      const sel = window.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
      return true;
    }
    return false;
  }, text);
}
