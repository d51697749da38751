// Prints an access token for one of the reference server's demo users, from its development
// issuer (POST /demo/token): the default fixtures' token command. Usage: demo-token.mjs BASE_URL USER
const [baseUrl, user] = process.argv.slice(2);
if (!baseUrl || !user) {
  console.error('Usage: node demo-token.mjs BASE_URL USER');
  process.exit(2);
}
const url = new URL('/demo/token', baseUrl);
const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ user }) }).catch((error) => {
  console.error(`Cannot reach ${url.origin}: ${error.cause?.message ?? error.message}`);
  process.exit(1);
});
if (!response.ok) {
  console.error(`POST /demo/token answered ${response.status}: is this the reference server with its development sign-in?`);
  process.exit(1);
}
const { access_token: token } = await response.json();
process.stdout.write(`${token}\n`);
