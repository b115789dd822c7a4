// The examples of the seed page (reference/seed, "call: cancelMediaProcessing", 2018 beta), verbatim: the 202's
// Location and the "operation completed" notification. They name the same operation, spelled two ways.
export const SEED_LOCATION =
  'https://graph.microsoft.com/beta/app/calls/57dab8b1-894c-409a-b240-bd8beae78896/operations/0fe0623f-d628-42ed-b4bd-8ac290072cc5';
export const SEED_LOCATION_CALL = '57dab8b1-894c-409a-b240-bd8beae78896';
export const SEED_LOCATION_OPERATION = '0fe0623f-d628-42ed-b4bd-8ac290072cc5';

export const SEED_NOTIFICATION = `{
  "value": [
    {
      "changeType": "deleted",
      "resource": "/app/calls/57DAB8B1894C409AB240BD8BEAE78896/operations/0FE0623FD62842EDB4BD8AC290072CC5",
      "resourceData": {
        "@odata.type": "#microsoft.graph.commsOperation",
        "@odata.id": "/app/calls/57DAB8B1894C409AB240BD8BEAE78896/operations/0FE0623FD62842EDB4BD8AC290072CC5",
        "@odata.etag": "W/\\"54451\\"",
        "clientContext": "d45324c1-fcb5-430a-902c-f20af696537c",
        "status": "completed"
      }
    }
  ]
}`;
