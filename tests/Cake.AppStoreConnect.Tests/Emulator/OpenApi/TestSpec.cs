using Cake.AppStoreConnect.Emulator.OpenApi;

namespace Cake.AppStoreConnect.Tests.Emulator.OpenApi;

/// <summary>A small OpenAPI document with one construct per rule the validator knows, shaped like Apple's.</summary>
internal static class TestSpec
{
    public const string Json = """
    {
      "openapi": "3.0.1",
      "info": { "title": "test", "version": "9.9" },
      "paths": {
        "/v1/things": {
          "get": {
            "operationId": "things_getCollection",
            "parameters": [
              { "name": "filter[kind]", "in": "query", "schema": { "type": "array", "items": { "type": "string", "enum": ["A", "B"] } }, "style": "form", "explode": false },
              { "name": "limit", "in": "query", "schema": { "type": "integer", "maximum": 200 } },
              { "name": "exists[owner]", "in": "query", "schema": { "type": "boolean" } },
              { "name": "filter[vendorNumber]", "in": "query", "schema": { "type": "array", "items": { "type": "string" } }, "required": true }
            ],
            "responses": {
              "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ThingsResponse" } } } },
              "400": { "description": "bad", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ErrorResponse" } } } }
            }
          },
          "post": {
            "operationId": "things_createInstance",
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ThingCreateRequest" } } } },
            "responses": { "201": { "description": "created", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Thing" } } } } }
          }
        },
        "/v1/things/{id}": {
          "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string" } } ],
          "get": { "operationId": "things_getInstance", "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Thing" } } } } } },
          "delete": { "operationId": "things_deleteInstance", "responses": { "204": { "description": "gone" } } }
        },
        "/v1/things/special": {
          "get": { "operationId": "things_special", "responses": { "200": { "description": "ok" } } }
        }
      },
      "components": {
        "schemas": {
          "Thing": {
            "type": "object",
            "properties": {
              "type": { "type": "string", "enum": ["things"] },
              "id": { "type": "string" },
              "attributes": {
                "type": "object",
                "properties": {
                  "name": { "type": "string" },
                  "size": { "type": "integer", "minimum": 1, "maximum": 10 },
                  "createdDate": { "type": "string", "format": "date-time" },
                  "homepage": { "type": "string", "format": "uri" },
                  "contact": { "type": "string", "format": "email" },
                  "note": { "type": "string", "nullable": true },
                  "checksum": { "nullable": true, "$ref": "#/components/schemas/Checksum" },
                  "tags": { "type": "array", "items": { "type": "string" }, "maxItems": 2 }
                },
                "additionalProperties": false
              },
              "meta": { "type": "object", "additionalProperties": { "type": "integer" } }
            },
            "required": ["id", "type"]
          },
          "Other": {
            "type": "object",
            "properties": { "type": { "type": "string", "enum": ["others"] }, "id": { "type": "string" } },
            "required": ["id", "type"]
          },
          "Checksum": { "type": "object", "properties": { "hash": { "type": "string" } }, "required": ["hash"] },
          "ThingsResponse": {
            "type": "object",
            "properties": {
              "data": { "type": "array", "items": { "$ref": "#/components/schemas/Thing" } },
              "included": {
                "type": "array",
                "items": {
                  "oneOf": [ { "$ref": "#/components/schemas/Thing" }, { "$ref": "#/components/schemas/Other" } ],
                  "discriminator": { "propertyName": "type", "mapping": { "things": "#/components/schemas/Thing", "others": "#/components/schemas/Other" } }
                }
              },
              "source": { "oneOf": [ { "$ref": "#/components/schemas/Pointer" }, { "$ref": "#/components/schemas/Parameter" } ] }
            },
            "required": ["data"]
          },
          "Pointer": { "type": "object", "properties": { "pointer": { "type": "string" } }, "required": ["pointer"] },
          "Parameter": { "type": "object", "properties": { "parameter": { "type": "string" } }, "required": ["parameter"] },
          "ThingCreateRequest": {
            "type": "object",
            "properties": {
              "data": {
                "type": "object",
                "properties": {
                  "type": { "type": "string", "enum": ["things"] },
                  "attributes": { "type": "object", "properties": { "name": { "type": "string" } }, "required": ["name"] }
                },
                "required": ["type", "attributes"]
              }
            },
            "required": ["data"]
          },
          "ErrorResponse": { "type": "object", "properties": { "errors": { "type": "array" } } }
        }
      }
    }
    """;

    public static OpenApiSpec Load() => OpenApiSpec.Parse(Json);
}
