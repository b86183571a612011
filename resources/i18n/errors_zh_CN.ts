<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/memberdesk/services/auth.py" line="47" />
        <source>A PIN is {low} to {high} digits.</source>
        <translation>密码为 {low} 到 {high} 位数字。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/auth.py" line="95" />
        <location filename="../../desktop/memberdesk/services/auth.py" line="143" />
        <location filename="../../desktop/memberdesk/services/auth.py" line="179" />
        <source>No such staff member.</source>
        <translation>没有这位员工。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/auth.py" line="99" />
        <source>Too many wrong PINs: locked for {minutes} more minutes, or ask a supervisor.</source>
        <translation>密码错误次数过多：账号还将锁定 {minutes} 分钟，或请主管解锁。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/auth.py" line="114" />
        <source>Too many wrong PINs: locked for {minutes} minutes, or ask a supervisor.</source>
        <translation>密码错误次数过多：账号已锁定 {minutes} 分钟，或请主管解锁。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/auth.py" line="121" />
        <source>Wrong PIN. {left} tries left before the account locks.</source>
        <translation>密码错误。再错 {left} 次账号将被锁定。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/auth.py" line="155" />
        <source>Staff number and name are required.</source>
        <translation>工号和姓名必须填写。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/auth.py" line="162" />
        <source>Staff number {code} is taken.</source>
        <translation>工号 {code} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/auth.py" line="184" />
        <source>The current PIN is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/maintenance.py" line="20" />
        <source>A server database is backed up on the server, not from the counter.</source>
        <translation>服务器数据库请在服务器上备份，不能在服务台备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/maintenance.py" line="26" />
        <source>Cannot write a backup to {folder}: {error}</source>
        <translation>无法把备份写入 {folder}：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/maintenance.py" line="44" />
        <source>Keep between 1 and 365 backups.</source>
        <translation>保留的备份数须在 1 到 365 之间。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/permissions.py" line="83" />
        <source>Your role may not do this. Ask a supervisor or the manager.</source>
        <translation>您的角色无权进行此操作，请找主管或店长。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/setup.py" line="26" />
        <source>Store code and name are required.</source>
        <translation>门店编号和名称必须填写。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/setup.py" line="29" />
        <source>The manager's name and staff number are required.</source>
        <translation>店长的姓名和工号必须填写。</translation>
    </message>
</context>
</TS>