// OData's primitive types as OpenAPI schemas: the whole Edm list, so that a type the upstream starts using in the
// slice comes out typed; a name outside this map is an error in the slicer, never a silent `any`.
import type { SchemaObject } from './openapi/types.js';

const GEO = { type: 'object', description: 'GeoJSON' };

export const EDM: Record<string, SchemaObject> = {
  'Edm.String': { type: 'string' },
  'Edm.Boolean': { type: 'boolean' },
  'Edm.Byte': { type: 'integer', format: 'uint8' },
  'Edm.SByte': { type: 'integer', format: 'int8' },
  'Edm.Int16': { type: 'integer', format: 'int16' },
  'Edm.Int32': { type: 'integer', format: 'int32' },
  'Edm.Int64': { type: 'integer', format: 'int64' },
  'Edm.Single': { type: 'number', format: 'float' },
  'Edm.Double': { type: 'number', format: 'double' },
  'Edm.Decimal': { type: 'number', format: 'decimal' },
  'Edm.Guid': { type: 'string', format: 'uuid' },
  'Edm.DateTimeOffset': { type: 'string', format: 'date-time' },
  'Edm.Date': { type: 'string', format: 'date' },
  'Edm.TimeOfDay': { type: 'string', format: 'time' },
  'Edm.Duration': { type: 'string', format: 'duration' },
  'Edm.Binary': { type: 'string', format: 'base64url' },
  'Edm.Stream': { type: 'string', format: 'base64url' },
  // Any JSON value: a schema without a type.
  'Edm.Untyped': {},
  'Edm.PrimitiveType': {},
  'Edm.Geography': GEO,
  'Edm.GeographyPoint': GEO,
  'Edm.GeographyLineString': GEO,
  'Edm.GeographyPolygon': GEO,
  'Edm.GeographyMultiPoint': GEO,
  'Edm.GeographyMultiLineString': GEO,
  'Edm.GeographyMultiPolygon': GEO,
  'Edm.GeographyCollection': GEO,
  'Edm.Geometry': GEO,
  'Edm.GeometryPoint': GEO,
  'Edm.GeometryLineString': GEO,
  'Edm.GeometryPolygon': GEO,
  'Edm.GeometryMultiPoint': GEO,
  'Edm.GeometryMultiLineString': GEO,
  'Edm.GeometryMultiPolygon': GEO,
  'Edm.GeometryCollection': GEO,
};
