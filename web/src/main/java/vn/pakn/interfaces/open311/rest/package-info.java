/**
 * The Open311 GeoReport v2 endpoint under {@code /api/open311/v2}: the six methods, the service discovery
 * document, XML (the spec's required format) and JSON chosen by the {@code .xml}/{@code .json} extension or
 * by Accept, and errors as the spec's {@code <errors><error>} list with bilingual descriptions — never problem
 * details, which Open311 clients do not read. Also the ADMIN resources for client keys and category attributes.
 */
package vn.pakn.interfaces.open311.rest;
