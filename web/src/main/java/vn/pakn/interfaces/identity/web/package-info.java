/** Signing in and out of the staff pages (the container's form login does the signing in). */
package vn.pakn.interfaces.identity.web;
