// A hover/focus tooltip for chart marks. Its lines are set with textContent: titles come from
// the minutes and are never parsed as HTML.
export interface Tooltip {
  show(lines: readonly string[], anchor: Element): void;
  hide(): void;
  remove(): void;
}

export function createTooltip(host: HTMLElement): Tooltip {
  const tip = document.createElement('div');
  tip.className = 'tl-tooltip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  host.appendChild(tip);
  return {
    show(lines, anchor) {
      tip.replaceChildren(
        ...lines.map((line, i) => {
          const row = document.createElement(i === 0 ? 'strong' : 'span');
          row.textContent = line;
          return row;
        }),
      );
      tip.hidden = false;
      const box = anchor.getBoundingClientRect();
      const hostBox = host.getBoundingClientRect();
      const left = box.left - hostBox.left + box.width / 2 - tip.offsetWidth / 2;
      const maxLeft = Math.max(0, host.clientWidth - tip.offsetWidth);
      tip.style.left = `${Math.min(Math.max(0, left), maxLeft)}px`;
      const above = box.top - hostBox.top - tip.offsetHeight - 8;
      tip.style.top = `${above >= 0 ? above : box.bottom - hostBox.top + 8}px`;
    },
    hide() {
      tip.hidden = true;
    },
    remove() {
      tip.remove();
    },
  };
}
