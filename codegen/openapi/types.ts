// The OpenAPI 3.0 document as the stages build it: plain JSON.
export type SchemaObject = Record<string, any>;

export interface OpenApiDoc {
  openapi: string;
  info: Record<string, any>;
  servers?: { url: string }[];
  tags?: { name: string; description?: string }[];
  paths: Record<string, Record<string, any>>;
  components: { schemas: Record<string, SchemaObject>; responses?: Record<string, any>; [k: string]: any };
  [k: string]: any;
}
