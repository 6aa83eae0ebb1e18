/**
 * Search over the complaint index: staff search with facets and snippets, duplicate hints for a report being
 * typed (staff and public flavours), and the public search of published answers.
 */
package vn.pakn.interfaces.search.rest;
