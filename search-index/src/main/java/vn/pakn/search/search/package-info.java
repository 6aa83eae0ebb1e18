/** Staff and public search: query building, facet counting and highlighted, masked snippets. */
package vn.pakn.search.search;
