/*
 * Building the page safely: every string from the API becomes a text node or an attribute value, never markup
 * (there is no innerHTML in this project). Small helpers for elements, links to views and marked snippets.
 */
import { articleHash, entityHash, eventHash } from './router.js';
import { splitSnippet } from './format.js';

/**
 * An element: `attrs` sets the class ("class"), data-* attributes ("dataset"), event listeners ("on": {click: fn})
 * and any other attribute by name; children are nodes or strings (as text), null and false are skipped, arrays are
 * flattened.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (key === 'class') {
      node.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
    } else if (key === 'dataset') {
      for (const [k, v] of Object.entries(value)) {
        if (v !== null && v !== undefined) {
          node.dataset[k] = String(v);
        }
      }
    } else if (key === 'on') {
      for (const [type, listener] of Object.entries(value)) {
        node.addEventListener(type, listener);
      }
    } else if (key === 'text') {
      node.textContent = String(value);
    } else {
      node.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

/** Appends nodes and strings (as text) to `parent`, skipping null and false, flattening arrays. */
export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Removes every child of `node`, then appends `children`. */
export function replace(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

/** A link to a person's or organisation's page. */
export function entityLink(name, attrs = {}) {
  return el('a', { class: 'entity-link', href: entityHash(name), dataset: { entity: name }, ...attrs }, name);
}

/** A link to an article, optionally focused on one of its items. */
export function articleLink(id, text, focus) {
  return el('a', { class: 'article-link', href: articleHash(id, focus), dataset: { articleId: id } }, text || id);
}

/** A link to a merged event. */
export function eventLink(id, text) {
  return el('a', { class: 'event-link', href: eventHash(id), dataset: { eventId: id } }, text || id);
}

/** A search snippet as text with its matches (marks: [{start, end}]) in <mark> elements. */
export function markedSnippet(snippet, marks) {
  const fragment = document.createDocumentFragment();
  for (const part of splitSnippet(snippet, marks)) {
    fragment.append(part.match ? el('mark', {}, part.text) : document.createTextNode(part.text));
  }
  return fragment;
}

/** A definition list from [label, value, field] rows; rows whose value is empty are left out. */
export function fieldList(rows, attrs = {}) {
  const dl = el('dl', { class: 'fields', ...attrs });
  for (const [label, value, field] of rows) {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
      continue;
    }
    dl.append(el('dt', {}, label), el('dd', { dataset: { field } }, value));
  }
  return dl;
}

/** Adds the `flash` class to the nodes for a moment (restarting the animation if it runs). */
export function flash(nodes) {
  for (const node of nodes) {
    node.classList.remove('flash');
    void node.offsetWidth; // restart the CSS animation
    node.classList.add('flash');
    node.addEventListener('animationend', () => node.classList.remove('flash'), { once: true });
  }
}
