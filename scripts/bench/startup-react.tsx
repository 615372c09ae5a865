/**
 * The floor of the start-up benchmark: React and react-dom rendering a plain sign-in form of the
 * same parts as the drop-in's (heading, username, password with a show toggle, submit, two links),
 * with controlled inputs so React's handlers are what makes typing work.
 */
import { useState } from "react";
import { createRoot } from "react-dom/client";

function PlainSignIn() {
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [shown, setShown] = useState(false);
  return (
    <section aria-labelledby="title">
      <h2 id="title" tabIndex={-1}>Sign in</h2>
      <form noValidate onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="username">Username or email</label>
        <input id="username" name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} />
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type={shown ? "text" : "password"} autoComplete="current-password"
          value={password} onChange={(e) => setPassword(e.target.value)} />
        <button type="button" aria-pressed={shown} onClick={() => setShown(!shown)}>Show password</button>
        <div role="alert" tabIndex={-1} />
        <button type="submit">Sign in</button>
        <button type="button">Forgot your password?</button>
        <button type="button">Create an account</button>
      </form>
    </section>
  );
}

createRoot(document.getElementById("root")!).render(<PlainSignIn />);
