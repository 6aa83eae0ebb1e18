/**
 * The map the portal and the case view draw under a report's pin: which tile server, where the city is. Public,
 * because citizens pick the place of their report on it.
 */
package vn.pakn.interfaces.map.rest;
